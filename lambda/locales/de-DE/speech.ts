/**
 * Everything the coach says in German (Germany and Austria), in the polite
 * "Sie" form, as a physiotherapist would say it to an older patient. Facts and
 * cautions as in en-US; nothing added.
 *
 * Grammar the placeholders rely on: {{leg}} / {{otherLeg}} are the weak forms
 * "rechten" / "linken", so every sentence puts them after a dative or
 * masculine-accusative article ("am rechten Fuß", "den linken Fuß"). {{legPhrase}}
 * is a bare label ("rechtes Bein") and stands on its own between commas.
 * {{length}} ("30 Sekunden", "eine Minute") only stands where the nominative or
 * accusative fits. {{variant}} is an adverbial ("im Sitzen") after "Dehnung".
 * Clock times are on the 24-hour clock ("7:30 Uhr").
 */
import type { Speech } from '../speech';

export const speech: Speech = {
  'notice.doctor': 'Bitte sprechen Sie zuerst mit Ihrem Arzt, besonders nach einer Rückenoperation.',

  'welcome.new': 'Willkommen zur sanften Rückendehnung. Ich begleite Sie durch eine schonende Dehnung für Ihren unteren Rücken.',
  'welcome.back': 'Schön, dass Sie wieder da sind.',

  'menu.question': 'Möchten Sie im Sitzen, im Stehen oder im Liegen dehnen?',
  'menu.reprompt': 'Welche Dehnung möchten Sie: im Sitzen, im Stehen oder im Liegen?',
  'menu.needVariant': 'Suchen wir zuerst eine Dehnung aus.',

  'offer.usual': 'Wie gewohnt die Dehnung {{variant}}, und jeweils {{length}} halten?',
  'offer.usualReprompt': 'Sagen Sie „ja“ für Ihre gewohnte Dehnung, oder wählen Sie: im Sitzen, im Stehen oder im Liegen.',
  'offer.gentle': 'Möchten Sie es im Liegen auf dem Rücken versuchen?',
  'offer.gentleReprompt': 'Sagen Sie „ja“ für die Dehnung in Rückenlage, oder „nein“, um eine andere Art zu wählen.',
  'offer.seated': 'Wollen wir es stattdessen im Sitzen auf einem Stuhl machen?',
  'offer.seatedReprompt': 'Sagen Sie „ja“ für die Dehnung im Sitzen auf einem Stuhl, oder „nein“, um eine andere Art zu wählen.',

  'resume.question': 'Letztes Mal haben Sie die Dehnung {{variant}} unterbrochen. Möchten Sie dort weitermachen?',
  'resume.reprompt': 'Sagen Sie „ja“, um dort weiterzumachen, wo Sie aufgehört haben, oder „nein“, um neu anzufangen.',
  'resume.accepted': 'Gut. Sie haben {{done}} von {{total}} Durchgängen geschafft. Gehen wir wieder in Position.',
  'resume.acceptedNoHolds': 'Gut. Gehen wir wieder in Position.',
  'resume.declined': 'In Ordnung, dann fangen wir neu an.',

  'longer.question': 'Sie haben jetzt {{sessions}} Mal hintereinander {{length}} gehalten. Wollen wir heute {{longer}} versuchen?',
  'longer.reprompt': 'Sagen Sie „ja“, um {{longer}} zu halten, oder „nein“, um weiter {{length}} zu halten.',
  'longer.accepted': 'Prima. Dann also {{length}}.',
  'longer.declined': 'Gut. Wir halten weiter {{length}}.',

  'variantName.SITTING': 'im Sitzen',
  'variantName.STANDING': 'im Stehen',
  'variantName.COUNTER': 'an der Arbeitsplatte',
  'variantName.LYING': 'im Liegen',
  'legName.right': 'rechten',
  'legName.left': 'linken',
  'legName.both': 'beiden',
  'legPhrase.right': 'rechtes Bein',
  'legPhrase.left': 'linkes Bein',
  'legPhrase.both': 'beide Beine',
  'length.seconds': '{{count}} Sekunden',
  'length.oneMinute': 'eine Minute',

  'routine.start': 'Wir machen die Dehnung {{variant}}: {{rounds}} Runden pro Bein, jeweils {{length}} halten. Immer ein Schritt nach dem anderen.',
  'routine.startBothLegs': 'Wir machen die Dehnung {{variant}}: {{rounds}} Runden, jeweils {{length}} halten. Immer ein Schritt nach dem anderen.',
  'routine.alreadyDoing': 'Wir machen gerade die Dehnung {{variant}}.',
  'routine.startOver': 'Fangen wir die Dehnung {{variant}} noch einmal von vorn an.',
  'routine.carryOn': 'Machen wir weiter.',
  'routine.firstStep': 'Das ist der erste Schritt.',
  'routine.skipHold': 'In Ordnung, wir gehen weiter.',
  'routine.redoHold': 'Diesen Durchgang machen wir noch einmal. Gehen Sie wieder in Position.',
  'routine.noRush': 'Keine Eile. Lassen Sie sich Zeit.',

  'step.askReady': 'Sagen Sie „bereit“, wenn Sie so weit sind.',
  'step.reprompt': 'Sagen Sie „bereit“, wenn Sie in Position sind, oder „wiederholen“, um den Schritt noch einmal zu hören.',

  'setup.SITTING.0':
    'Suchen Sie sich zuerst einen festen Stuhl, eine Bank oder die Bettkante. Es hilft, wenn der Sitz etwas höher ist als üblich. Setzen Sie sich vorn an die Kante.',
  'setup.SITTING.1':
    'Jetzt zum {{leg}} Bein. Strecken Sie es nach vorn aus, die Ferse auf dem Boden oder auf einem niedrigen Hocker. Lassen Sie den anderen Fuß flach auf dem Boden.',
  'setup.SITTING.2': 'Ziehen Sie die Zehen am {{leg}} Fuß nach oben, Richtung Decke. Halten Sie dieses Knie so gerade wie möglich.',
  'setup.SITTING.3': 'Sitzen Sie aufrecht, mit geradem Rücken. Heben Sie die Brust ein wenig an.',
  'setup.SITTING.4':
    'Beugen Sie sich jetzt langsam aus der Hüfte nach vorn. Der Rücken bleibt gerade, niemals rund. Die Brust geht nach vorn, und der Po geht sanft nach hinten. Gehen Sie nur so weit, bis Sie hinten am {{leg}} Oberschenkel eine kräftige, aber angenehme Dehnung spüren.',

  'setup.STANDING.0':
    'Suchen Sie sich zuerst etwas Stabiles, das etwas erhöht ist, zum Beispiel eine niedrige Stufe oder einen Hocker. Stellen Sie sich davor. Wenn Sie Halt brauchen, halten Sie sich an einer Wand oder an der Arbeitsplatte fest.',
  'setup.STANDING.1': 'Stellen Sie den {{leg}} Fuß mit der Ferse auf die Stufe. Ziehen Sie die Zehen nach oben.',
  'setup.STANDING.2': 'Strecken Sie beide Knie, aber drücken Sie sie nicht durch.',
  'setup.STANDING.3': 'Stehen Sie aufrecht, mit geradem Rücken. Strecken Sie Brust und Po ein wenig heraus.',
  'setup.STANDING.4':
    'Beugen Sie sich jetzt langsam aus der Hüfte nach vorn. Halten Sie den Rücken gerade, niemals rund. Gehen Sie nur so weit, bis Sie hinten am {{leg}} Oberschenkel eine kräftige, aber angenehme Dehnung spüren.',

  'setup.COUNTER.0': 'Stellen Sie sich zuerst vor die Arbeitsplatte in der Küche oder vor einen stabilen Tisch, einen kleinen Schritt davon entfernt.',
  'setup.COUNTER.1': 'Strecken Sie beide Knie, aber drücken Sie sie nicht durch.',
  'setup.COUNTER.2': 'Stehen Sie aufrecht, mit geradem Rücken. Strecken Sie Brust und Po ein wenig heraus.',
  'setup.COUNTER.3':
    'Beugen Sie sich jetzt langsam aus der Hüfte nach vorn, und legen Sie die Ellbogen auf der Arbeitsplatte ab. Halten Sie den Rücken gerade, niemals rund. Gehen Sie nur so weit, bis Sie hinten an den Oberschenkeln eine kräftige, aber angenehme Dehnung spüren.',

  'setup.LYING.0': 'Legen Sie sich zuerst auf den Rücken, auf den Boden oder auf ein festes Bett. Lassen Sie beide Beine gestreckt liegen.',
  'setup.LYING.1': 'Winkeln Sie das Knie am {{leg}} Bein an, Richtung Brust. Das andere Bein bleibt lang.',
  'setup.LYING.2':
    'Verschränken Sie die Finger hinter dem {{leg}} Knie. Wenn Sie nicht hinkommen, legen Sie einen Gürtel oder ein Handtuch um diesen Fuß, und halten Sie beide Enden fest.',
  'setup.LYING.3':
    'Strecken Sie jetzt am {{leg}} Bein langsam das Knie Richtung Decke, nur so weit, wie es angenehm ist. Halten Sie den Rücken flach. Sie sollten hinter dem Knie und hinten am Oberschenkel eine kräftige Dehnung spüren.',

  'switch.SITTING.0': 'Richten Sie sich langsam wieder auf, und ziehen Sie den {{otherLeg}} Fuß wieder heran.',
  'switch.SITTING.1': 'Jetzt zum {{leg}} Bein. Strecken Sie es nach vorn aus, Ferse auf den Boden, Zehen nach oben, Knie gerade.',
  'switch.SITTING.2':
    'Sitzen Sie aufrecht. Dann beugen Sie sich langsam aus der Hüfte nach vorn, mit geradem Rücken, bis Sie die Dehnung hinten am {{leg}} Oberschenkel spüren.',
  'switch.STANDING.0': 'Richten Sie sich langsam auf, und stellen Sie den {{otherLeg}} Fuß zurück auf den Boden.',
  'switch.STANDING.1': 'Stellen Sie jetzt den {{leg}} Fuß mit der Ferse auf die Stufe, Zehen nach oben, beide Knie gestreckt.',
  'switch.STANDING.2':
    'Brust und Po sanft heraus. Beugen Sie sich langsam aus der Hüfte nach vorn, mit geradem Rücken, bis Sie die Dehnung hinten am {{leg}} Oberschenkel spüren.',
  'switch.COUNTER.0': 'Heben Sie langsam die Ellbogen, und richten Sie sich auf.',
  'switch.COUNTER.1':
    'Beugen Sie sich jetzt wieder aus der Hüfte nach vorn, und legen Sie die Ellbogen auf der Arbeitsplatte ab. Rücken gerade, Brust und Po sanft heraus.',
  'switch.LYING.0': 'Gehen Sie mit dem {{otherLeg}} Bein sanft zurück auf den Boden.',
  'switch.LYING.1':
    'Winkeln Sie jetzt das Knie am {{leg}} Bein an, und verschränken Sie die Finger dahinter. Wenn Sie nicht hinkommen, legen Sie einen Gürtel oder ein Handtuch um diesen Fuß.',
  'switch.LYING.2': 'Strecken Sie am {{leg}} Bein langsam das Knie Richtung Decke, nur so weit, wie es angenehm ist. Halten Sie den Rücken flach.',

  'hold.leadIn': 'Runde {{round}} von {{rounds}}, {{legPhrase}}. Halten Sie die Dehnung jetzt {{length}} lang.',
  'hold.leadInResumed': 'Zurück in die Dehnung, {{legPhrase}}. Halten Sie sie noch {{length}} lang.',
  'hold.cue.halfway.0': 'Die Hälfte ist geschafft.',
  'hold.cue.halfway.1': 'Sie sind bei der Hälfte.',
  'hold.cue.halfway.2': 'Halbzeit.',
  'hold.cue.secondsLeft': 'Noch {{count}} Sekunden.',
  'hold.cue.fiveLeft.0': 'Noch fünf Sekunden.',
  'hold.cue.fiveLeft.1': 'Nur noch fünf Sekunden.',
  'hold.cue.fiveLeft.2': 'Fünf Sekunden bleiben noch.',
  'hold.cue.breathe.0': 'Atmen Sie langsam aus.',
  'hold.cue.breathe.1': 'Atmen Sie weiter, ganz ruhig.',
  'hold.cue.breathe.2': 'Lassen Sie die Schultern locker.',
  'form.SITTING.0': 'Halten Sie den Rücken lang und gerade.',
  'form.SITTING.1': 'Die Brust bleibt angehoben.',
  'form.SITTING.2': 'Die Zehen zeigen weiter nach oben.',
  'form.SITTING.3': 'Das Knie so gerade, wie es angenehm ist.',
  'form.STANDING.0': 'Halten Sie den Rücken gerade.',
  'form.STANDING.1': 'Die Knie bleiben gestreckt.',
  'form.STANDING.2': 'Brust und Po sanft heraus.',
  'form.STANDING.3': 'Die Zehen zeigen weiter nach oben.',
  'form.COUNTER.0': 'Halten Sie den Rücken gerade.',
  'form.COUNTER.1': 'Die Knie bleiben gestreckt.',
  'form.COUNTER.2': 'Brust und Po sanft heraus.',
  'form.COUNTER.3': 'Lassen Sie die Ellbogen auf der Arbeitsplatte ruhen.',
  'form.LYING.0': 'Halten Sie den Rücken flach.',
  'form.LYING.1': 'Das andere Bein bleibt lang.',
  'form.LYING.2': 'Die Dehnung bleibt sanft.',
  'form.LYING.3': 'Das Knie nur so gerade, wie es angenehm ist.',
  'hold.release.0': 'Und lösen. Kommen Sie sanft aus der Dehnung heraus.',
  'hold.release.1': 'Und lösen. Gehen Sie langsam aus der Dehnung heraus.',
  'hold.release.2': 'Jetzt lösen, ganz sanft.',
  'hold.praise.0': 'Gut gemacht.',
  'hold.praise.1': 'Sehr schön.',
  'hold.praise.2': 'Das machen Sie prima.',
  'hold.askNext': 'Bereit für Runde {{round}}, {{legPhrase}}?',
  'hold.repromptNext': 'Als Nächstes: {{legPhrase}}. Sagen Sie „bereit“, wenn Sie dehnen möchten.',
  'hold.askNextBothLegs': 'Bereit für Runde {{round}}?',
  'hold.repromptNextBothLegs': 'Sagen Sie „bereit“, wenn Sie wieder dehnen möchten.',
  'hold.askFinish': 'Das war Ihr letzter Durchgang. Sind Sie aus der Dehnung heraus und bereit zum Abschluss?',
  'hold.repromptFinish': 'Sagen Sie „fertig“, wenn Sie aus der Dehnung heraus sind.',

  'pause.hold':
    'Pause, {{legPhrase}}, noch {{length}} übrig. Sagen Sie „fortsetzen“, um jetzt weiterzumachen, oder sagen Sie später: Alexa, öffne Sanfte Rückendehnung.',
  'pause.holdBothLegs': 'Pause, noch {{length}} übrig. Sagen Sie „fortsetzen“, um jetzt weiterzumachen, oder sagen Sie später: Alexa, öffne Sanfte Rückendehnung.',
  'pause.placeKept': 'In Ordnung, Pause. Sagen Sie „fortsetzen“, um jetzt weiterzumachen, oder sagen Sie später: Alexa, öffne Sanfte Rückendehnung.',
  'pause.notStarted':
    'In Ordnung. Sagen Sie „fortsetzen“, wenn Sie so weit sind, oder kommen Sie jederzeit wieder und sagen Sie: Alexa, öffne Sanfte Rückendehnung.',
  'pause.reprompt': 'Sagen Sie „fortsetzen“, wenn Sie weitermachen möchten.',
  'pause.menu': 'In Ordnung. Wann immer Sie so weit sind, sagen Sie: Alexa, öffne Sanfte Rückendehnung. Auf Wiederhören.',

  'holdTime.set': 'In Ordnung. Jeder Durchgang dauert jetzt {{length}}.',
  'holdTime.tooShort': 'Die kürzeste Haltezeit ist 20 Sekunden, also nehme ich 20 Sekunden.',
  'holdTime.tooLong': 'Die längste Haltezeit ist eine Minute, also nehme ich eine Minute.',
  'holdTime.missing':
    'Ich habe nicht verstanden, wie lange. Ein Durchgang kann 20 Sekunden bis eine Minute dauern. Sagen Sie zum Beispiel: 45 Sekunden halten.',

  'pace.slower': 'In Ordnung, ich spreche langsamer.',
  'pace.faster': 'In Ordnung, ich spreche etwas schneller.',
  'pace.slowest': 'Das ist schon mein langsamstes Tempo.',
  'pace.fastest': 'Das ist schon mein schnellstes Tempo.',

  'pain.stop':
    'Wir hören genau hier auf. Kommen Sie sanft aus der Dehnung heraus, und ruhen Sie sich aus. Eine Dehnung sollte nie in den Schmerz hineingehen. Wenn der Schmerz nicht weggeht, gehen Sie bitte zu Ihrem Arzt.',
  'pain.beforeStretch':
    'Es tut mir leid, dass Ihnen der Rücken wehtut. Diese Dehnung ist sanft, und Sie sollten sofort aufhören, wenn etwas wehtut.',
  'unwell.stop':
    'Wir hören sofort auf. Setzen oder legen Sie sich langsam an einen sicheren Platz, und ruhen Sie sich aus. Wenn das Gefühl nicht vergeht, holen Sie sich bitte Hilfe.',
  'needHelp.answer':
    'Ich kann niemanden für Sie anrufen. Wenn Sie bei Ihrer Alexa Anrufe eingerichtet haben, sagen Sie: Alexa, ruf an, und dann den Namen eines Menschen, dem Sie vertrauen. Im Notfall wählen Sie mit einem Telefon den Notruf.',

  'obstacle.noStep': 'Keine Stufe? Dann machen wir die Dehnung im Stehen, mit den Ellbogen auf der Arbeitsplatte.',
  'obstacle.noStepNeeded': 'Für diese Dehnung brauchen Sie keine Stufe.',
  'obstacle.cantStand': 'Dann dehnen wir im Sitzen auf einem Stuhl.',
  'obstacle.noStandingNeeded': 'Für diese Dehnung müssen Sie nicht stehen.',
  'obstacle.cantGetDown':
    'Sie müssen nicht auf den Boden. Sie können im Sitzen auf einem Stuhl dehnen, oder im Liegen auf einem festen Bett.',
  'obstacle.bedWorks': 'Ein festes Bett ist genauso gut wie der Boden.',
  'obstacle.noFloorNeeded': 'Für diese Dehnung müssen Sie nicht auf den Boden.',
  'obstacle.cantReach': 'Wenn Sie Ihr Bein nicht erreichen, legen Sie einen Gürtel oder ein Handtuch um den Fuß, und halten Sie in jeder Hand ein Ende.',
  'obstacle.noBelt': 'Ein Handtuch, ein Schal oder der Gürtel vom Bademantel geht genauso gut wie ein Gürtel.',

  'progress.routine': 'Sie sind in Runde {{round}} von {{rounds}}, {{legPhrase}}. Sie haben {{done}} von {{total}} Durchgängen geschafft, jeder {{length}} lang.',
  'progress.paused': 'Noch {{length}}, {{legPhrase}}. Sie haben {{done}} von {{total}} Durchgängen geschafft.',
  'progress.pausedBothLegs': 'Dieser Durchgang dauert noch {{length}}. Sie haben {{done}} von {{total}} Durchgängen geschafft.',
  'progress.notStarted': 'Wir haben noch keine Dehnung begonnen. Jeder Durchgang dauert {{length}}.',

  'forget.confirm': 'Soll ich alles vergessen, was ich über Sie weiß, auch Ihren Fortschritt?',
  'forget.reprompt': 'Soll ich Ihre Daten löschen? Bitte sagen Sie „ja“ oder „nein“.',
  'forget.done': 'Erledigt. Ich habe alles gelöscht, was ich über Sie gespeichert hatte. Auf Wiederhören.',
  'forget.kept': 'In Ordnung, ich habe alles behalten.',
  'forget.failed':
    'Entschuldigung, ich konnte Ihre Daten gerade nicht löschen. Es hat sich nichts geändert. Bitte versuchen Sie es später noch einmal, indem Sie sagen: vergiss mich.',

  'wrapUp.done.0': 'Das war die ganze Dehnung. Gut gemacht.',
  'wrapUp.done.1': 'Und damit ist Ihre Dehnung fertig. Sehr schön.',
  'wrapUp.done.2': 'Alle Durchgänge sind geschafft. Das haben Sie heute prima gemacht.',
  'wrapUp.streak': 'Das sind {{count}} Tage in Folge.',
  'wrapUp.tip.0': 'Wenn Sie die Rückseite der Oberschenkel regelmäßig dehnen, kann das Ihrem unteren Rücken helfen.',
  'wrapUp.tip.1': 'Jeden Tag ein wenig Dehnen kann einen verspannten unteren Rücken lockern.',
  'wrapUp.tip.2': 'Lockere Muskeln hinten am Oberschenkel können Ihrem unteren Rücken guttun.',
  'wrapUp.goodbye.0': 'Passen Sie auf sich auf. Bis zum nächsten Mal.',
  'wrapUp.goodbye.1': 'Ruhen Sie sich kurz aus, bevor Sie aufstehen. Auf Wiederhören.',
  'wrapUp.goodbye.2': 'Hoffentlich bis morgen. Auf Wiederhören.',

  'stop.goodbye': 'In Ordnung, wir hören hier auf. Auf Wiederhören.',
  'stop.placeKept': 'Ihr Stand ist gespeichert. Sagen Sie: Alexa, öffne Sanfte Rückendehnung, wenn Sie weitermachen möchten. Auf Wiederhören.',

  'help.menu':
    'Ich begleite Sie Schritt für Schritt durch eine schonende Dehnung der Oberschenkelrückseite für Ihren unteren Rücken, und ich stoppe die Zeit für jeden Durchgang.',
  'help.step':
    'Das ist Schritt {{step}} von {{steps}}, um in Position zu kommen. Sagen Sie „bereit“, wenn Sie so weit sind, „wiederholen“, um ihn noch einmal zu hören, oder „zurück“. Wenn etwas wehtut, sagen Sie: es tut weh.',
  'help.released': 'Sie haben einen Durchgang beendet. Als Nächstes: {{legPhrase}}. Sagen Sie „bereit“, oder „stopp“, um für heute aufzuhören.',
  'help.releasedBothLegs': 'Sie haben einen Durchgang beendet. Sagen Sie „bereit“ für die nächste Runde, oder „stopp“, um für heute aufzuhören.',
  'help.allHoldsDone': 'Alle Durchgänge sind geschafft. Kommen Sie aus der Dehnung heraus, und sagen Sie dann „fertig“.',
  'help.paused': 'Die Dehnung ist angehalten. Sagen Sie „fortsetzen“, um weiterzumachen, oder „stopp“, um für jetzt aufzuhören.',
  'help.question': 'Bitte antworten Sie mit Ja oder Nein.',

  'recover.sorry': 'Entschuldigung, das habe ich nicht verstanden.',
  'recover.offerHelp': 'Wenn Sie nicht wissen, was Sie sagen sollen, sagen Sie einfach: Hilfe.',
  'recover.giveUp': 'Belassen wir es vorerst dabei. Sagen Sie: Alexa, öffne Sanfte Rückendehnung, wann immer Sie so weit sind. Auf Wiederhören.',
  'recover.giveUpPlaceKept':
    'Belassen wir es vorerst dabei. Ihr Stand ist gespeichert. Sagen Sie: Alexa, öffne Sanfte Rückendehnung, wenn Sie weitermachen möchten. Auf Wiederhören.',

  'time.onTheHour': '{{hour24}} Uhr',
  'time.withMinutes': '{{hour24}}:{{minuteTens}}{{minuteOnes}} Uhr',
  'time.am': 'vormittags',
  'time.pm': 'nachmittags',

  'reminder.offer': 'Soll ich Sie jeden Tag um diese Uhrzeit ans Dehnen erinnern?',
  'reminder.offerReprompt': 'Sagen Sie „ja“ für eine tägliche Erinnerung, oder „nein“.',
  'reminder.askTime': 'Um wie viel Uhr soll ich Sie jeden Tag erinnern?',
  'reminder.askTimeReprompt': 'Nennen Sie mir eine Uhrzeit, zum Beispiel: neun Uhr morgens.',
  'reminder.askTimeAgain': 'Entschuldigung, die Uhrzeit habe ich nicht verstanden. Um wie viel Uhr jeden Tag?',
  'reminder.confirm': 'Ich erinnere Sie jeden Tag um {{time}}. Ist das richtig?',
  'reminder.confirmReprompt': 'Soll ich Sie jeden Tag um {{time}} erinnern? Bitte sagen Sie „ja“ oder „nein“.',
  'reminder.set': 'Erledigt. Ich erinnere Sie jeden Tag um {{time}} ans Dehnen.',
  'reminder.updated': 'Erledigt. Ihre tägliche Erinnerung ist jetzt um {{time}}.',
  'reminder.declined': 'In Ordnung, keine Erinnerung.',
  'reminder.status': 'Ihre tägliche Erinnerung zum Dehnen ist auf {{time}} eingestellt.',
  'reminder.none': 'Sie haben keine tägliche Erinnerung. Sie können sagen: erinnere mich jeden Tag um neun.',
  'reminder.cancelled': 'In Ordnung, ich habe Ihre tägliche Erinnerung gelöscht.',
  'reminder.cancelledNone': 'Sie haben keine tägliche Erinnerung, die ich löschen könnte.',
  'reminder.permissionDenied': 'In Ordnung, keine Erinnerung. Wenn Sie es sich anders überlegen, können Sie Erinnerungen in der Alexa-App erlauben.',
  'reminder.permissionCard': 'Ich habe Ihnen eine Karte in die Alexa-App geschickt. Dort können Sie Erinnerungen erlauben. Fragen Sie mich danach noch einmal.',
  'reminder.failed.unsupportedDevice': 'Entschuldigung, dieses Gerät kann keine Erinnerungen speichern.',
  'reminder.failed.tooMany': 'Sie haben schon zu viele Erinnerungen. Bitte löschen Sie eine in der Alexa-App, und fragen Sie mich dann noch einmal.',
  'reminder.failed.unavailable': 'Entschuldigung, ich konnte Ihre Erinnerungen gerade nicht erreichen. Bitte versuchen Sie es später noch einmal.',
  'reminder.failed.rejected': 'Entschuldigung, diese Erinnerung konnte ich nicht einrichten.',
  'reminder.alertText': 'Zeit für Ihre Dehnung der Oberschenkelrückseite. Sagen Sie: Alexa, öffne Sanfte Rückendehnung.',

  'screen.title': 'Sanfte Rückendehnung',
  'screen.choose': 'Wählen Sie eine Dehnung',
  'screen.variant.SITTING': 'Im Sitzen',
  'screen.variant.STANDING': 'Im Stehen',
  'screen.variant.COUNTER': 'An der Arbeitsplatte',
  'screen.variant.LYING': 'Im Liegen',
  'screen.stepOf': 'Schritt {{step}} von {{steps}}',
  'screen.roundOf': 'Runde {{round}} von {{rounds}}',
  'screen.leg.right': 'Rechtes Bein',
  'screen.leg.left': 'Linkes Bein',
  'screen.leg.both': 'Beide Beine',
  'screen.hold': 'Halten',
  'screen.release': 'Lösen',
  'screen.wellDone': 'Gut gemacht',
  'screen.streak': '{{count}} Tage in Folge',
  'screen.paused': 'Pausiert',
  'screen.help': 'Hilfe',
  'screen.safety': 'Aufhören und ausruhen',
  'screen.button.ready': 'Bereit',
  'screen.button.repeat': 'Wiederholen',
  'screen.button.pause': 'Pause',
  'screen.button.stop': 'Stopp',

  'error.spoken': 'Entschuldigung, bei mir ist etwas schiefgelaufen. Bitte sagen Sie das noch einmal, oder sagen Sie „Hilfe“.',
  'error.reprompt': 'Bitte sagen Sie das noch einmal, oder sagen Sie „Hilfe“.',
};
