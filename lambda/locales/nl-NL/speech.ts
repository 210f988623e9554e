/**
 * Everything the coach says in Dutch (the Netherlands and Flanders), in the
 * polite "u" form, as a physiotherapist would say it to an older patient.
 * Facts and cautions as in en-US; nothing added. Words chosen to be at home on
 * both sides of the border ("opstapje", "aanrecht", "riem", "bovenbeen").
 *
 * Grammar the placeholders rely on: {{leg}} / {{otherLeg}} are "rechter" /
 * "linker", which stand before any body part ("uw rechter knie"); {{legPhrase}}
 * is "rechterbeen" / "linkerbeen" / "beide benen". {{variant}} is an adverbial
 * ("zittend") after "de oefening". Clock times are on the 24-hour clock ("7:30 uur").
 */
import type { Speech } from '../speech';

export const speech: Speech = {
  'notice.doctor': 'Overleg eerst met uw arts, zeker na een rugoperatie.',

  'welcome.new': 'Welkom bij Soepele Rug. Ik begeleid u bij een rustige rekoefening voor uw onderrug.',
  'welcome.back': 'Fijn dat u er weer bent.',

  'menu.question': 'Wilt u zittend, staand of liggend rekken?',
  'menu.reprompt': 'Welke oefening wilt u: zittend, staand of liggend?',
  'menu.needVariant': 'Laten we eerst een oefening kiezen.',

  'offer.usual': 'Zoals altijd de oefening {{variant}}, en steeds {{length}} vasthouden?',
  'offer.usualReprompt': 'Zeg ja voor uw vaste oefening, of kies: zittend, staand of liggend.',
  'offer.gentle': 'Wilt u het liggend op uw rug proberen?',
  'offer.gentleReprompt': 'Zeg ja om liggend op uw rug te rekken, of nee om een andere manier te kiezen.',
  'offer.seated': 'Zullen we het in plaats daarvan zittend op een stoel doen?',
  'offer.seatedReprompt': 'Zeg ja om zittend op een stoel te rekken, of nee om een andere manier te kiezen.',

  'resume.question': 'Vorige keer bent u gestopt halverwege de oefening {{variant}}. Wilt u daar verdergaan?',
  'resume.reprompt': 'Zeg ja om verder te gaan waar u gebleven was, of nee om opnieuw te beginnen.',
  'resume.accepted': 'Goed. U heeft {{done}} van de {{total}} herhalingen gedaan. Laten we weer in positie gaan.',
  'resume.acceptedNoHolds': 'Goed. Laten we weer in positie gaan.',
  'resume.declined': 'Prima, dan beginnen we opnieuw.',

  'longer.question': 'U heeft nu {{sessions}} keer achter elkaar {{length}} volgehouden. Zullen we vandaag {{longer}} proberen?',
  'longer.reprompt': 'Zeg ja om {{longer}} vast te houden, of nee om bij {{length}} te blijven.',
  'longer.accepted': 'Mooi. Dan wordt het {{length}}.',
  'longer.declined': 'Prima. We blijven bij {{length}}.',

  'variantName.SITTING': 'zittend',
  'variantName.STANDING': 'staand',
  'variantName.COUNTER': 'aan het aanrecht',
  'variantName.LYING': 'liggend',
  'legName.right': 'rechter',
  'legName.left': 'linker',
  'legName.both': 'beide',
  'legPhrase.right': 'rechterbeen',
  'legPhrase.left': 'linkerbeen',
  'legPhrase.both': 'beide benen',
  'length.seconds': '{{count}} seconden',
  'length.oneMinute': 'een minuut',

  'routine.start': 'We doen de oefening {{variant}}: {{rounds}} rondes per been, steeds {{length}} vasthouden. We gaan stap voor stap.',
  'routine.startBothLegs': 'We doen de oefening {{variant}}: {{rounds}} rondes, steeds {{length}} vasthouden. We gaan stap voor stap.',
  'routine.alreadyDoing': 'We zijn nu bezig met de oefening {{variant}}.',
  'routine.startOver': 'We beginnen de oefening {{variant}} opnieuw, helemaal vanaf het begin.',
  'routine.carryOn': 'We gaan verder.',
  'routine.firstStep': 'Dit is de eerste stap.',
  'routine.skipHold': 'Goed, we gaan door.',
  'routine.redoHold': 'Die herhaling doen we nog een keer. Ga weer in positie.',
  'routine.noRush': 'Geen haast. Neem rustig de tijd.',

  'step.askReady': 'Zeg klaar als u zover bent.',
  'step.reprompt': 'Zeg klaar als u in positie bent, of zeg herhaal om de stap nog eens te horen.',

  'setup.SITTING.0':
    'Zoek eerst een stevige stoel, een bankje of de rand van uw bed. Het helpt als de zitting iets hoger is dan normaal. Ga vooraan op de rand zitten.',
  'setup.SITTING.1':
    'Nu uw {{leg}} been. Strek het voor u uit, met de hiel op de grond of op een laag krukje. Houd uw andere voet plat op de grond.',
  'setup.SITTING.2': 'Trek de tenen van uw {{leg}} voet omhoog, naar het plafond. Houd die knie zo recht als u kunt.',
  'setup.SITTING.3': 'Ga rechtop zitten, met een rechte rug. Til uw borst een beetje op.',
  'setup.SITTING.4':
    'Buig nu langzaam vanuit uw heupen naar voren. Uw rug blijft recht, nooit bol. Uw borst gaat naar voren, en uw billen gaan rustig naar achteren. Stop zodra u achter in uw {{leg}} bovenbeen een sterke maar prettige rek voelt.',

  'setup.STANDING.0':
    'Zoek eerst iets stevigs dat een beetje hoger is, zoals een laag opstapje of een krukje. Ga ervoor staan. Heeft u steun nodig voor uw evenwicht, houd u dan vast aan een muur of aan het aanrecht.',
  'setup.STANDING.1': 'Leg uw {{leg}} hiel op het opstapje. Trek uw tenen omhoog.',
  'setup.STANDING.2': 'Strek beide knieën, maar zet ze niet op slot.',
  'setup.STANDING.3': 'Sta rechtop, met een rechte rug. Steek uw borst en uw billen een beetje naar buiten.',
  'setup.STANDING.4':
    'Buig nu langzaam vanuit uw heupen naar voren. Houd uw rug recht, nooit bol. Stop zodra u achter in uw {{leg}} bovenbeen een sterke maar prettige rek voelt.',

  'setup.COUNTER.0': 'Ga eerst voor het aanrecht of een stevige tafel staan, een klein stapje ervandaan.',
  'setup.COUNTER.1': 'Strek beide knieën, maar zet ze niet op slot.',
  'setup.COUNTER.2': 'Sta rechtop, met een rechte rug. Steek uw borst en uw billen een beetje naar buiten.',
  'setup.COUNTER.3':
    'Buig nu langzaam vanuit uw heupen naar voren, en leg uw ellebogen op het aanrecht. Houd uw rug recht, nooit bol. Stop zodra u achter in uw bovenbenen een sterke maar prettige rek voelt.',

  'setup.LYING.0': 'Ga eerst op uw rug liggen, op de grond of op een stevig bed. Laat beide benen gestrekt liggen.',
  'setup.LYING.1': 'Buig uw {{leg}} knie op, richting uw borst. Uw andere been blijft lang.',
  'setup.LYING.2':
    'Vouw uw vingers in elkaar achter uw {{leg}} knie. Kunt u er niet bij, leg dan een riem of een handdoek om die voet en houd beide uiteinden vast.',
  'setup.LYING.3':
    'Strek nu langzaam uw {{leg}} knie richting het plafond, alleen zo ver als prettig is. Houd uw rug plat. U hoort een sterke rek te voelen achter uw knie en achter in uw bovenbeen.',

  'switch.SITTING.0': 'Kom langzaam weer rechtop zitten, en zet uw {{otherLeg}} voet weer terug.',
  'switch.SITTING.1': 'Strek nu uw {{leg}} been voor u uit, hiel op de grond, tenen omhoog, knie recht.',
  'switch.SITTING.2':
    'Ga rechtop zitten. Buig dan langzaam vanuit uw heupen naar voren, met een rechte rug, tot u de rek voelt achter in uw {{leg}} bovenbeen.',
  'switch.STANDING.0': 'Kom langzaam rechtop staan, en zet uw {{otherLeg}} voet terug op de grond.',
  'switch.STANDING.1': 'Leg nu uw {{leg}} hiel op het opstapje, tenen omhoog, beide knieën gestrekt.',
  'switch.STANDING.2':
    'Borst en billen rustig naar buiten. Buig langzaam vanuit uw heupen naar voren, met een rechte rug, tot u de rek voelt achter in uw {{leg}} bovenbeen.',
  'switch.COUNTER.0': 'Til langzaam uw ellebogen op, en kom rechtop staan.',
  'switch.COUNTER.1':
    'Buig nu weer vanuit uw heupen naar voren, en leg uw ellebogen op het aanrecht. Rug recht, borst en billen rustig naar buiten.',
  'switch.LYING.0': 'Laat uw {{otherLeg}} been rustig zakken naar de grond.',
  'switch.LYING.1':
    'Buig nu uw {{leg}} knie op, en vouw uw vingers erachter in elkaar. Kunt u er niet bij, leg dan een riem of een handdoek om die voet.',
  'switch.LYING.2': 'Strek langzaam uw {{leg}} knie richting het plafond, alleen zo ver als prettig is. Houd uw rug plat.',

  'hold.leadIn': 'Ronde {{round}} van {{rounds}}, {{legPhrase}}. Houd het {{length}} vast.',
  'hold.leadInResumed': 'Terug in de rekhouding, {{legPhrase}}. Houd het nog {{length}} vast.',
  'hold.cue.halfway.0': 'U bent op de helft.',
  'hold.cue.halfway.1': 'De helft zit erop.',
  'hold.cue.halfway.2': 'Halverwege.',
  'hold.cue.secondsLeft': 'Nog {{count}} seconden.',
  'hold.cue.fiveLeft.0': 'Nog vijf seconden.',
  'hold.cue.fiveLeft.1': 'Nog maar vijf seconden.',
  'hold.cue.fiveLeft.2': 'Vijf seconden te gaan.',
  'hold.cue.breathe.0': 'Adem langzaam uit.',
  'hold.cue.breathe.1': 'Blijf rustig doorademen.',
  'hold.cue.breathe.2': 'Laat uw schouders ontspannen.',
  'form.SITTING.0': 'Houd uw rug lang en recht.',
  'form.SITTING.1': 'Uw borst blijft omhoog.',
  'form.SITTING.2': 'Tenen nog steeds omhoog.',
  'form.SITTING.3': 'Knie zo recht als prettig is.',
  'form.STANDING.0': 'Houd uw rug recht.',
  'form.STANDING.1': 'Knieën blijven gestrekt.',
  'form.STANDING.2': 'Borst en billen rustig naar buiten.',
  'form.STANDING.3': 'Tenen nog steeds omhoog.',
  'form.COUNTER.0': 'Houd uw rug recht.',
  'form.COUNTER.1': 'Knieën blijven gestrekt.',
  'form.COUNTER.2': 'Borst en billen rustig naar buiten.',
  'form.COUNTER.3': 'Laat uw ellebogen op het aanrecht rusten.',
  'form.LYING.0': 'Houd uw rug plat.',
  'form.LYING.1': 'Uw andere been blijft lang.',
  'form.LYING.2': 'Rek maar zachtjes.',
  'form.LYING.3': 'Knie alleen zo recht als prettig is.',
  'hold.release.0': 'En loslaten. Kom rustig uit de rekhouding.',
  'hold.release.1': 'En loslaten. Kom er langzaam uit.',
  'hold.release.2': 'Laat nu los, heel rustig.',
  'hold.praise.0': 'Goed gedaan.',
  'hold.praise.1': 'Mooi zo.',
  'hold.praise.2': 'Heel goed.',
  'hold.askNext': 'Klaar voor ronde {{round}}, {{legPhrase}}?',
  'hold.repromptNext': 'Zeg klaar als u uw {{legPhrase}} wilt rekken.',
  'hold.askNextBothLegs': 'Klaar voor ronde {{round}}?',
  'hold.repromptNextBothLegs': 'Zeg klaar als u weer wilt rekken.',
  'hold.askFinish': 'Dat was uw laatste herhaling. Bent u uit de rekhouding en klaar om af te ronden?',
  'hold.repromptFinish': 'Zeg klaar als u uit de rekhouding bent.',

  'pause.hold':
    'Gepauzeerd, met nog {{length}} voor uw {{legPhrase}}. Zeg doorgaan om nu verder te gaan, of zeg later: Alexa, open Soepele Rug.',
  'pause.holdBothLegs': 'Gepauzeerd, met nog {{length}} te gaan. Zeg doorgaan om nu verder te gaan, of zeg later: Alexa, open Soepele Rug.',
  'pause.placeKept': 'Goed, gepauzeerd. Zeg doorgaan om nu verder te gaan, of zeg later: Alexa, open Soepele Rug.',
  'pause.notStarted': 'Goed. Zeg doorgaan als u zover bent, of kom op elk moment terug en zeg: Alexa, open Soepele Rug.',
  'pause.reprompt': 'Zeg doorgaan als u verder wilt.',
  'pause.menu': 'Goed. Wanneer u maar zover bent, zeg dan: Alexa, open Soepele Rug. Tot ziens.',

  'holdTime.set': 'Goed. Elke herhaling duurt nu {{length}}.',
  'holdTime.tooShort': 'De kortste tijd is 20 seconden, dus ik neem 20 seconden.',
  'holdTime.tooLong': 'De langste tijd is een minuut, dus ik neem een minuut.',
  'holdTime.missing':
    'Ik verstond niet hoe lang. U kunt van 20 seconden tot een minuut vasthouden. Zeg bijvoorbeeld: 45 seconden vasthouden.',

  'pace.slower': 'Goed, ik praat langzamer.',
  'pace.faster': 'Goed, ik praat wat sneller.',
  'pace.slowest': 'Dit is al mijn langzaamste tempo.',
  'pace.fastest': 'Dit is al mijn snelste tempo.',

  'pain.stop':
    'We stoppen hier meteen. Kom rustig uit de rekhouding en rust uit. Een rekoefening mag nooit tot in de pijn gaan. Gaat de pijn niet over, ga dan naar uw arts.',
  'pain.beforeStretch':
    'Het spijt me dat uw rug pijn doet. Dit is een rustige rekoefening, en u moet meteen stoppen als er iets pijn doet.',
  'unwell.stop':
    'We stoppen nu direct. Ga langzaam zitten of liggen op een veilige plek, en rust uit. Gaat het gevoel niet over, haal dan hulp.',
  'needHelp.answer':
    'Ik kan niemand voor u bellen. Als u bellen via uw Alexa heeft ingesteld, zeg dan: Alexa, bel, en de naam van iemand die u vertrouwt. Bel in een noodgeval met een telefoon de hulpdiensten.',

  'obstacle.noStep': 'Geen opstapje? Dan doen we de oefening staand, met uw ellebogen op het aanrecht.',
  'obstacle.noStepNeeded': 'Voor deze oefening heeft u geen opstapje nodig.',
  'obstacle.cantStand': 'Dan rekken we zittend op een stoel.',
  'obstacle.noStandingNeeded': 'Voor deze oefening hoeft u niet te staan.',
  'obstacle.cantGetDown': 'U hoeft niet op de grond. U kunt zittend op een stoel rekken, of liggend op een stevig bed.',
  'obstacle.bedWorks': 'Een stevig bed werkt net zo goed als de grond.',
  'obstacle.noFloorNeeded': 'Voor deze oefening hoeft u niet op de grond.',
  'obstacle.cantReach': 'Kunt u niet bij uw been, leg dan een riem of een handdoek om uw voet, en houd in elke hand een uiteinde vast.',
  'obstacle.noBelt': 'Een handdoek, een sjaal of het koord van uw badjas werkt net zo goed als een riem.',

  'progress.routine': 'U bent bij ronde {{round}} van {{rounds}}, {{legPhrase}}. U heeft {{done}} van de {{total}} herhalingen gedaan, elk {{length}}.',
  'progress.paused': 'Nog {{length}} voor uw {{legPhrase}}. U heeft {{done}} van de {{total}} herhalingen gedaan.',
  'progress.pausedBothLegs': 'Deze herhaling duurt nog {{length}}. U heeft {{done}} van de {{total}} herhalingen gedaan.',
  'progress.notStarted': 'We zijn nog niet met een oefening begonnen. Elke herhaling duurt {{length}}.',

  'forget.confirm': 'Zal ik alles vergeten wat ik over u weet, ook uw voortgang?',
  'forget.reprompt': 'Zal ik uw gegevens wissen? Zeg alstublieft ja of nee.',
  'forget.done': 'Dat is gebeurd. Ik heb alles gewist wat ik over u had bewaard. Tot ziens.',
  'forget.kept': 'Goed, ik heb alles bewaard.',
  'forget.failed':
    'Het spijt me, ik kon uw gegevens nu niet wissen. Er is niets veranderd. Probeer het later nog eens door te zeggen: vergeet mij.',

  'wrapUp.done.0': 'Dat was de hele oefening. Goed gedaan.',
  'wrapUp.done.1': 'En daarmee is uw oefening klaar. Mooi zo.',
  'wrapUp.done.2': 'Alle herhalingen zijn gedaan. Goed gewerkt vandaag.',
  'wrapUp.streak': 'Dat is {{count}} dagen op rij.',
  'wrapUp.tip.0': 'Regelmatig de achterkant van uw bovenbenen rekken kan uw onderrug helpen.',
  'wrapUp.tip.1': 'Elke dag een beetje rekken kan een stijve onderrug losser maken.',
  'wrapUp.tip.2': 'Soepele spieren achter in uw bovenbenen kunnen uw onderrug goed doen.',
  'wrapUp.goodbye.0': 'Pas goed op uzelf, en tot de volgende keer.',
  'wrapUp.goodbye.1': 'Rust even uit voordat u opstaat. Tot ziens.',
  'wrapUp.goodbye.2': 'Hopelijk tot morgen. Tot ziens.',

  'stop.goodbye': 'Goed, we stoppen hier. Tot ziens.',
  'stop.placeKept': 'Waar u gebleven was, is bewaard. Zeg: Alexa, open Soepele Rug, als u verder wilt gaan. Tot ziens.',

  'help.menu':
    'Ik begeleid u stap voor stap bij een rustige rekoefening voor de achterkant van uw bovenbenen, voor uw onderrug, en ik houd bij elke herhaling de tijd bij.',
  'help.step':
    'Dit is stap {{step}} van {{steps}}, om in positie te komen. Zeg klaar als u zover bent, herhaal om het nog eens te horen, of terug. Als er iets pijn doet, zeg dan: het doet pijn.',
  'help.released': 'U heeft een herhaling afgerond. Zeg klaar voor uw {{legPhrase}}, of zeg stop om het voor vandaag af te ronden.',
  'help.releasedBothLegs': 'U heeft een herhaling afgerond. Zeg klaar voor de volgende ronde, of zeg stop om het voor vandaag af te ronden.',
  'help.allHoldsDone': 'Al uw herhalingen zijn gedaan. Kom uit de rekhouding, en zeg dan klaar.',
  'help.paused': 'De oefening is gepauzeerd. Zeg doorgaan om verder te gaan, of stop om voor nu te eindigen.',
  'help.question': 'Antwoord alstublieft met ja of nee.',

  'recover.sorry': 'Excuses, dat verstond ik niet.',
  'recover.offerHelp': 'Weet u niet goed wat u kunt zeggen, zeg dan gewoon: help.',
  'recover.giveUp': 'Laten we het hier voorlopig bij laten. Zeg: Alexa, open Soepele Rug, wanneer u maar zover bent. Tot ziens.',
  'recover.giveUpPlaceKept':
    'Laten we het hier voorlopig bij laten. Waar u gebleven was, is bewaard. Zeg: Alexa, open Soepele Rug, als u verder wilt gaan. Tot ziens.',

  'time.onTheHour': '{{hour24}} uur',
  'time.withMinutes': '{{hour24}}:{{minuteTens}}{{minuteOnes}} uur',
  'time.am': "'s ochtends",
  'time.pm': "'s middags",

  'reminder.offer': 'Zal ik u elke dag op deze tijd eraan herinneren om te rekken?',
  'reminder.offerReprompt': 'Zeg ja voor een dagelijkse herinnering, of nee.',
  'reminder.askTime': 'Hoe laat zal ik u elke dag herinneren?',
  'reminder.askTimeReprompt': "Noem een tijd, bijvoorbeeld: negen uur 's ochtends.",
  'reminder.askTimeAgain': 'Excuses, ik verstond de tijd niet. Hoe laat elke dag?',
  'reminder.confirm': 'Ik herinner u elke dag om {{time}}. Klopt dat?',
  'reminder.confirmReprompt': 'Zal ik u elke dag om {{time}} herinneren? Zeg alstublieft ja of nee.',
  'reminder.set': 'Geregeld. Ik herinner u elke dag om {{time}} aan uw rekoefening.',
  'reminder.updated': 'Geregeld. Uw dagelijkse herinnering staat nu op {{time}}.',
  'reminder.declined': 'Goed, geen herinnering.',
  'reminder.status': 'Uw dagelijkse herinnering om te rekken staat op {{time}}.',
  'reminder.none': 'U heeft geen dagelijkse herinnering. U kunt zeggen: herinner me elke dag om negen uur.',
  'reminder.cancelled': 'Goed, ik heb uw dagelijkse herinnering geannuleerd.',
  'reminder.cancelledNone': 'U heeft geen dagelijkse herinnering om te annuleren.',
  'reminder.permissionDenied': 'Goed, geen herinnering. Als u van gedachten verandert, kunt u herinneringen toestaan in de Alexa-app.',
  'reminder.permissionCard': 'Ik heb een kaart naar uw Alexa-app gestuurd, waar u herinneringen kunt toestaan. Vraag het me daarna nog eens.',
  'reminder.failed.unsupportedDevice': 'Het spijt me, dit apparaat kan geen herinneringen bewaren.',
  'reminder.failed.tooMany': 'U heeft al te veel herinneringen. Verwijder er een in de Alexa-app, en vraag het me dan nog eens.',
  'reminder.failed.unavailable': 'Het spijt me, ik kon uw herinneringen nu niet bereiken. Probeer het later nog eens.',
  'reminder.failed.rejected': 'Het spijt me, ik kon die herinnering niet instellen.',
  'reminder.alertText': 'Tijd om de achterkant van uw bovenbenen te rekken. Zeg: Alexa, open Soepele Rug.',

  'screen.title': 'Soepele Rug',
  'screen.choose': 'Kies een oefening',
  'screen.variant.SITTING': 'Zittend',
  'screen.variant.STANDING': 'Staand',
  'screen.variant.COUNTER': 'Aan het aanrecht',
  'screen.variant.LYING': 'Liggend',
  'screen.stepOf': 'Stap {{step}} van {{steps}}',
  'screen.roundOf': 'Ronde {{round}} van {{rounds}}',
  'screen.leg.right': 'Rechterbeen',
  'screen.leg.left': 'Linkerbeen',
  'screen.leg.both': 'Beide benen',
  'screen.hold': 'Vasthouden',
  'screen.release': 'Loslaten',
  'screen.wellDone': 'Goed gedaan',
  'screen.streak': '{{count}} dagen op rij',
  'screen.paused': 'Gepauzeerd',
  'screen.help': 'Help',
  'screen.safety': 'Stoppen en rusten',
  'screen.button.ready': 'Klaar',
  'screen.button.repeat': 'Herhalen',
  'screen.button.pause': 'Pauze',
  'screen.button.stop': 'Stop',

  'error.spoken': 'Het spijt me, er ging bij mij iets mis. Zeg het alstublieft nog eens, of zeg help.',
  'error.reprompt': 'Zeg het alstublieft nog eens, of zeg help.',
};
