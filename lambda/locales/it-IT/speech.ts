/**
 * Everything Hamstring Coach says in Italian, as a physiotherapist would say
 * it to an older person: the formal "Lei" throughout (Si sieda, Pieghi, Tenga),
 * one action per sentence, the body part first.
 *
 * Gender: the user's gender is unknown, so no adjective or participle agrees
 * with the user ("da seduti", "sdraiandosi", "Ha lasciato la posizione").
 * {{leg}} is "destra"/"sinistra", so it always follows a feminine noun ("la
 * gamba destra", "la coscia destra"). Commands to Alexa are quoted the way
 * Italians say them to Alexa ("ripeti", "stop", "aiuto").
 */
import type { Speech } from '../speech';

export const speech: Speech = {
  'notice.doctor': 'Prima di iniziare, chieda il parere del suo medico, soprattutto dopo un intervento alla schiena.',

  'welcome.new': 'Le do il benvenuto in Allungamento guidato. La guiderò in un allungamento delicato per la zona lombare.',
  'welcome.back': 'Che piacere risentirla.',

  'menu.question': "Preferisce fare l'allungamento da seduti, in piedi o da sdraiati?",
  'menu.reprompt': 'Quale allungamento sceglie: da seduti, in piedi o da sdraiati?',
  'menu.needVariant': 'Prima di tutto, scegliamo un allungamento.',

  'offer.usual': "Come al solito: l'allungamento {{variant}}, tenendo la posizione per {{length}}?",
  'offer.usualReprompt': "Dica sì per il solito allungamento, oppure scelga: da seduti, in piedi o da sdraiati.",
  'offer.gentle': 'Vuole provare a farlo sdraiandosi sulla schiena?',
  'offer.gentleReprompt': "Dica sì per fare l'allungamento sulla schiena, oppure no per scegliere un altro modo.",
  'offer.seated': 'Preferisce invece farlo da seduti, su una sedia?',
  'offer.seatedReprompt': "Dica sì per fare l'allungamento su una sedia, oppure no per scegliere un altro modo.",

  'resume.question': "L'ultima volta, l'allungamento {{variant}} si è interrotto a metà. Vuole riprendere da lì?",
  'resume.reprompt': 'Dica sì per riprendere da dove eravamo rimasti, oppure no per ricominciare da capo.',
  'resume.accepted': 'Bene. Allungamenti già fatti: {{done}} su {{total}}. Torniamo in posizione.',
  'resume.acceptedNoHolds': 'Bene. Torniamo in posizione.',
  'resume.declined': 'Va bene, ricominciamo da capo.',

  'longer.question': 'Sono {{sessions}} volte di fila che tiene la posizione per {{length}}. Oggi proviamo {{longer}}?',
  'longer.reprompt': 'Dica sì per tenere {{longer}}, oppure no per restare a {{length}}.',
  'longer.accepted': 'Ottimo. Allora {{length}}.',
  'longer.declined': 'Va bene. Restiamo a {{length}}.',

  'variantName.SITTING': 'da seduti',
  'variantName.STANDING': 'in piedi',
  'variantName.COUNTER': 'al piano di lavoro',
  'variantName.LYING': 'da sdraiati',
  'legName.right': 'destra',
  'legName.left': 'sinistra',
  'legName.both': 'entrambe',
  'legPhrase.right': 'gamba destra',
  'legPhrase.left': 'gamba sinistra',
  'legPhrase.both': 'entrambe le gambe',
  'length.seconds': '{{count}} secondi',
  'length.oneMinute': 'un minuto',

  'routine.start': "Ecco l'allungamento {{variant}}: {{rounds}} ripetizioni per gamba, tenendo la posizione per {{length}}. Procediamo un passo alla volta.",
  'routine.startBothLegs': "Ecco l'allungamento {{variant}}: {{rounds}} ripetizioni, tenendo la posizione per {{length}}. Procediamo un passo alla volta.",
  'routine.alreadyDoing': "Stiamo già facendo l'allungamento {{variant}}.",
  'routine.startOver': "Ricominciamo l'allungamento {{variant}} dall'inizio.",
  'routine.carryOn': 'Andiamo avanti.',
  'routine.firstStep': 'Questo è il primo passo.',
  'routine.skipHold': "D'accordo, passiamo oltre.",
  'routine.redoHold': 'Rifacciamo questa ripetizione. Torni in posizione.',
  'routine.noRush': 'Nessuna fretta. Faccia con calma.',

  'step.askReady': 'Quando è in posizione, dica: pronto.',
  'step.reprompt': 'Quando è in posizione, dica: pronto. Per riascoltare il passo, dica: ripeti.',

  'setup.SITTING.0':
    "Per prima cosa, trovi una sedia stabile, una panca o il bordo del letto. Meglio se la seduta è un po' più alta del solito. Si sieda vicino al bordo anteriore.",
  'setup.SITTING.1':
    "Ora la gamba {{leg}}. La distenda davanti a sé, con il tallone a terra o su uno sgabello basso. Tenga l'altro piede ben appoggiato a terra.",
  'setup.SITTING.2': 'Per la gamba {{leg}}, porti la punta del piede verso il soffitto. Tenga quel ginocchio più dritto che può.',
  'setup.SITTING.3': "Si allunghi verso l'alto, con la schiena dritta. Sollevi un po' il petto.",
  'setup.SITTING.4':
    'Ora si pieghi lentamente in avanti, partendo dalle anche. La schiena resta dritta, mai curva. Il petto va in avanti, e il sedere va dolcemente indietro. Si fermi quando sente un allungamento deciso ma confortevole dietro la coscia {{leg}}.',

  'setup.STANDING.0':
    "Per prima cosa, trovi qualcosa di stabile e un po' rialzato, come un gradino basso o uno sgabello. Si metta in piedi di fronte. Se ha bisogno di aiuto per l'equilibrio, si tenga a un muro o al piano di lavoro.",
  'setup.STANDING.1': "Appoggi il tallone della gamba {{leg}} sul gradino. Porti la punta del piede verso l'alto.",
  'setup.STANDING.2': 'Distenda entrambe le ginocchia, ma senza bloccarle.',
  'setup.STANDING.3': "Si allunghi verso l'alto, con la schiena dritta. Lasci che petto e sedere sporgano un po'.",
  'setup.STANDING.4':
    'Ora si pieghi lentamente in avanti, partendo dalle anche. Tenga la schiena piatta, mai curva. Si fermi quando sente un allungamento deciso ma confortevole dietro la coscia {{leg}}.',

  'setup.COUNTER.0': 'Per prima cosa, si metta in piedi di fronte al piano di lavoro della cucina o a un tavolo stabile, un piccolo passo indietro.',
  'setup.COUNTER.1': 'Distenda entrambe le ginocchia, ma senza bloccarle.',
  'setup.COUNTER.2': "Si allunghi verso l'alto, con la schiena dritta. Lasci che petto e sedere sporgano un po'.",
  'setup.COUNTER.3':
    'Ora si pieghi lentamente in avanti partendo dalle anche, e appoggi i gomiti sul piano. Tenga la schiena piatta, mai curva. Si fermi quando sente un allungamento deciso ma confortevole dietro le cosce.',

  'setup.LYING.0': 'Per prima cosa, si sdrai sulla schiena, a terra o su un letto rigido. Lasci entrambe le gambe distese e rilassate.',
  'setup.LYING.1': "Pieghi la gamba {{leg}} e porti il ginocchio verso il petto. L'altra gamba resta distesa.",
  'setup.LYING.2':
    'Intrecci le dita dietro il ginocchio della gamba {{leg}}. Se non ci arriva, passi una cintura o un asciugamano attorno a quel piede, e ne tenga entrambe le estremità.',
  'setup.LYING.3':
    'Ora distenda lentamente la gamba {{leg}} verso il soffitto, solo fin dove è confortevole. Tenga la schiena piatta. Dovrebbe sentire un allungamento deciso dietro il ginocchio e la coscia.',

  'switch.SITTING.0': 'Raddrizzi lentamente il busto, e riporti indietro la gamba {{otherLeg}}.',
  'switch.SITTING.1': "Ora distenda la gamba {{leg}} davanti a sé: tallone a terra, punta del piede verso l'alto, ginocchio dritto.",
  'switch.SITTING.2':
    "Si allunghi verso l'alto. Poi si pieghi lentamente in avanti partendo dalle anche, con la schiena dritta, finché sente l'allungamento dietro la coscia {{leg}}.",
  'switch.STANDING.0': 'Si raddrizzi lentamente, e riporti a terra la gamba {{otherLeg}}.',
  'switch.STANDING.1': "Ora appoggi il tallone della gamba {{leg}} sul gradino, punta del piede verso l'alto, entrambe le ginocchia dritte.",
  'switch.STANDING.2':
    "Petto e sedere leggermente in fuori. Si pieghi lentamente in avanti partendo dalle anche, con la schiena piatta, finché sente l'allungamento dietro la coscia {{leg}}.",
  'switch.COUNTER.0': 'Sollevi lentamente i gomiti, e si raddrizzi bene.',
  'switch.COUNTER.1':
    'Ora si pieghi di nuovo in avanti partendo dalle anche, e appoggi i gomiti sul piano. Schiena piatta, petto e sedere leggermente in fuori.',
  'switch.LYING.0': 'Riporti delicatamente a terra la gamba {{otherLeg}}.',
  'switch.LYING.1':
    'Ora pieghi la gamba {{leg}}, e intrecci le dita dietro il ginocchio. Se non ci arriva, passi una cintura o un asciugamano attorno a quel piede.',
  'switch.LYING.2': 'Distenda lentamente la gamba {{leg}} verso il soffitto, solo fin dove è confortevole. Tenga la schiena piatta.',

  'hold.leadIn': 'Ripetizione {{round}} di {{rounds}}, {{legPhrase}}. Mantenga la posizione per {{length}}.',
  'hold.leadInResumed': "Torniamo all'allungamento, {{legPhrase}}. Mantenga la posizione ancora per {{length}}.",
  'hold.cue.halfway.0': 'Siamo a metà.',
  'hold.cue.halfway.1': 'È già a metà strada.',
  'hold.cue.halfway.2': 'Metà del tempo è passata.',
  'hold.cue.secondsLeft': 'Ancora {{count}} secondi.',
  'hold.cue.fiveLeft.0': 'Altri cinque secondi.',
  'hold.cue.fiveLeft.1': 'Ancora solo cinque secondi.',
  'hold.cue.fiveLeft.2': 'Mancano cinque secondi.',
  'hold.cue.breathe.0': 'Espiri lentamente.',
  'hold.cue.breathe.1': 'Continui a respirare, con calma.',
  'hold.cue.breathe.2': 'Rilassi le spalle.',
  'form.SITTING.0': 'Tenga la schiena lunga e dritta.',
  'form.SITTING.1': 'Il petto resta sollevato.',
  'form.SITTING.2': "La punta del piede sempre verso l'alto.",
  'form.SITTING.3': 'Il ginocchio dritto, per quanto è confortevole.',
  'form.STANDING.0': 'Tenga la schiena piatta.',
  'form.STANDING.1': 'Le ginocchia restano dritte.',
  'form.STANDING.2': 'Petto e sedere leggermente in fuori.',
  'form.STANDING.3': "La punta del piede sempre verso l'alto.",
  'form.COUNTER.0': 'Tenga la schiena piatta.',
  'form.COUNTER.1': 'Le ginocchia restano dritte.',
  'form.COUNTER.2': 'Petto e sedere leggermente in fuori.',
  'form.COUNTER.3': 'Lasci i gomiti appoggiati sul piano.',
  'form.LYING.0': 'Tenga la schiena piatta.',
  'form.LYING.1': "L'altra gamba resta distesa.",
  'form.LYING.2': "Mantenga l'allungamento delicato.",
  'form.LYING.3': 'Il ginocchio dritto solo fin dove è confortevole.',
  'hold.release.0': "E rilasci. Esca piano dall'allungamento.",
  'hold.release.1': 'E rilasci. Lasci la posizione lentamente.',
  'hold.release.2': 'Adesso lasci andare, con delicatezza.',
  'hold.praise.0': 'Ben fatto.',
  'hold.praise.1': 'Ottimo lavoro.',
  'hold.praise.2': 'Molto bene.',
  'hold.askNext': 'Passiamo alla ripetizione {{round}}, {{legPhrase}}?',
  'hold.repromptNext': "Quando vuole fare l'allungamento successivo, {{legPhrase}}, dica: pronto.",
  'hold.askNextBothLegs': 'Passiamo alla ripetizione {{round}}?',
  'hold.repromptNextBothLegs': "Quando vuole rifare l'allungamento, dica: pronto.",
  'hold.askFinish': "Era l'ultima ripetizione. Ha lasciato la posizione, così possiamo finire?",
  'hold.repromptFinish': 'Quando ha lasciato la posizione, dica: ho finito.',

  'pause.hold':
    'In pausa. Tempo rimasto: {{length}}, {{legPhrase}}. Per continuare adesso, dica: riprendiamo. Oppure più tardi, dica: Alexa, apri allungamento guidato.',
  'pause.holdBothLegs':
    'In pausa. Tempo rimasto: {{length}}. Per continuare adesso, dica: riprendiamo. Oppure più tardi, dica: Alexa, apri allungamento guidato.',
  'pause.placeKept': 'Va bene, in pausa. Per continuare adesso, dica: riprendiamo. Oppure più tardi, dica: Alexa, apri allungamento guidato.',
  'pause.notStarted': 'Va bene. Dica: riprendiamo, quando se la sente. Oppure torni in qualsiasi momento, e dica: Alexa, apri allungamento guidato.',
  'pause.reprompt': 'Quando vuole continuare, dica: riprendiamo.',
  'pause.menu': 'Va bene. Quando vuole, dica: Alexa, apri allungamento guidato. Arrivederci.',

  'holdTime.set': 'Va bene. Terrà ogni allungamento per {{length}}.',
  'holdTime.tooShort': 'La tenuta più breve è di 20 secondi, quindi userò 20 secondi.',
  'holdTime.tooLong': 'La tenuta più lunga è di un minuto, quindi userò un minuto.',
  'holdTime.missing':
    'Non ho capito la durata. Una tenuta può durare da 20 secondi a un minuto. Per esempio, dica: tenere per 45 secondi.',

  'pace.slower': 'Va bene, parlerò più lentamente.',
  'pace.faster': "Va bene, parlerò un po' più in fretta.",
  'pace.slowest': 'Questo è già il mio ritmo più lento.',
  'pace.fastest': 'Questo è già il mio ritmo più veloce.',

  'pain.stop':
    "Fermiamoci subito. Esca piano dall'allungamento e si riposi. Un allungamento non deve mai arrivare al dolore. Se il dolore non passa, si rivolga al suo medico.",
  'pain.beforeStretch':
    'Mi dispiace che le faccia male la schiena. È un allungamento delicato, e deve fermarsi subito se qualcosa le fa male.',
  'unwell.stop':
    'Fermiamoci subito. Lentamente, si sieda o si sdrai in un posto sicuro, e si riposi. Se la sensazione non passa, chieda aiuto.',
  'needHelp.answer':
    'Non posso chiamare nessuno per lei. Se ha attivato le chiamate sul suo dispositivo Alexa, dica: Alexa, chiama, e poi il nome di una persona di fiducia. In caso di emergenza, usi un telefono per chiamare i soccorsi.',

  'obstacle.noStep': "Niente gradino? Allora facciamo l'allungamento in piedi, con i gomiti sul piano di lavoro.",
  'obstacle.noStepNeeded': 'Per questo allungamento non le servirà un gradino.',
  'obstacle.cantStand': "Allora facciamo l'allungamento da seduti, su una sedia.",
  'obstacle.noStandingNeeded': 'Per questo allungamento non dovrà stare in piedi.',
  'obstacle.cantGetDown':
    "Non serve scendere a terra. Può fare l'allungamento da seduti su una sedia, oppure sdraiandosi su un letto rigido.",
  'obstacle.bedWorks': 'Un letto rigido va bene quanto il pavimento.',
  'obstacle.noFloorNeeded': 'Per questo allungamento non dovrà scendere a terra.',
  'obstacle.cantReach':
    "Se non riesce ad arrivare alla gamba, passi una cintura o un asciugamano attorno al piede, e tenga un'estremità in ciascuna mano.",
  'obstacle.noBelt': 'Un asciugamano, una sciarpa o il cordone di una vestaglia vanno benissimo al posto di una cintura.',

  'progress.routine':
    'Siamo alla ripetizione {{round}} di {{rounds}}, {{legPhrase}}. Allungamenti fatti: {{done}} su {{total}}, da {{length}} ciascuno.',
  'progress.paused': 'Tempo rimasto: {{length}}, {{legPhrase}}. Allungamenti fatti: {{done}} su {{total}}.',
  'progress.pausedBothLegs': 'Tempo rimasto per questa ripetizione: {{length}}. Allungamenti fatti: {{done}} su {{total}}.',
  'progress.notStarted': 'Non abbiamo ancora iniziato un allungamento. Terrà ogni allungamento per {{length}}.',

  'forget.confirm': 'Vuole che dimentichi tutto quello che so di lei, compresi i suoi progressi?',
  'forget.reprompt': 'Devo cancellare i suoi dati? Per favore, risponda sì o no.',
  'forget.done': 'Fatto. Ho cancellato tutto quello che conservavo su di lei. Arrivederci.',
  'forget.kept': 'Va bene, ho conservato tutto.',
  'forget.failed':
    'Mi dispiace, in questo momento non è stato possibile cancellare i suoi dati. Non è cambiato nulla. Riprovi più tardi dicendo: cancella i miei dati.',

  'wrapUp.done.0': "L'allungamento è completo. Ben fatto.",
  'wrapUp.done.1': 'Ed ecco, il suo allungamento è finito. Ottimo lavoro.',
  'wrapUp.done.2': 'Tutte le ripetizioni sono fatte. Oggi ha lavorato bene.',
  'wrapUp.streak': 'Sono {{count}} giorni di fila.',
  'wrapUp.tip.0': 'Allungare con regolarità i muscoli dietro la coscia può aiutare la zona lombare.',
  'wrapUp.tip.1': "Un po' di allungamento ogni giorno può sciogliere una zona lombare rigida.",
  'wrapUp.tip.2': 'Muscoli posteriori della coscia elastici possono far stare meglio la zona lombare.',
  'wrapUp.goodbye.0': 'Si prenda cura di sé, e alla prossima.',
  'wrapUp.goodbye.1': 'Si riposi un momento prima di alzarsi. Arrivederci.',
  'wrapUp.goodbye.2': 'A domani, spero. Arrivederci.',

  'stop.goodbye': 'Va bene, ci fermiamo qui. Arrivederci.',
  'stop.placeKept': 'Ho salvato il punto in cui siamo arrivati. Quando vuole continuare, dica: Alexa, apri allungamento guidato. Arrivederci.',

  'help.menu':
    'La guido in un allungamento delicato dei muscoli dietro la coscia, per la zona lombare, un passo alla volta, e cronometro ogni tenuta.',
  'help.step':
    'Questo è il passo {{step}} di {{steps}}: mettersi in posizione. Quando è in posizione, dica: pronto. Per riascoltarlo, dica: ripeti. Per tornare indietro, dica: passo precedente. Se qualcosa le fa male, dica: mi fa male.',
  'help.released': 'Ha finito una ripetizione. Per continuare, {{legPhrase}}, dica: pronto. Per finire per oggi, dica: stop.',
  'help.releasedBothLegs': 'Ha finito una ripetizione. Per la ripetizione successiva, dica: pronto. Per finire per oggi, dica: stop.',
  'help.allHoldsDone': "Tutte le ripetizioni sono fatte. Esca piano dall'allungamento, poi dica: ho finito.",
  'help.paused': "L'allungamento è in pausa. Per continuare, dica: riprendiamo. Per finire per ora, dica: stop.",
  'help.question': 'Per favore, risponda sì o no.',

  'recover.sorry': 'Mi scusi, non ho capito.',
  'recover.offerHelp': 'Se non sa cosa dire, dica semplicemente: aiuto.',
  'recover.giveUp': 'Per ora fermiamoci qui. Quando vuole, dica: Alexa, apri allungamento guidato. Arrivederci.',
  'recover.giveUpPlaceKept':
    'Per ora fermiamoci qui. Ho salvato il punto in cui siamo arrivati. Quando vuole continuare, dica: Alexa, apri allungamento guidato. Arrivederci.',

  // 24-hour clock, as Italy says it: "alle 9" ("alle nove"), "alle 21:30" ("alle ventuno e trenta").
  // The preposition goes with the hour, which it contracts with: "all'una", "alle 13" (the form by the hour's count).
  'time.onTheHour': 'alle {{hour24}}',
  'time.onTheHour_one': "all'una",
  'time.withMinutes': 'alle {{hour24}}:{{minuteTens}}{{minuteOnes}}',
  'time.withMinutes_one': "all'una e {{minute}}",
  'time.am': 'di mattina',
  'time.pm': 'di pomeriggio',

  'reminder.offer': "Vuole che le ricordi di fare l'allungamento ogni giorno a quest'ora?",
  'reminder.offerReprompt': 'Dica sì per un promemoria giornaliero, oppure no.',
  'reminder.askTime': 'A che ora vuole che glielo ricordi, ogni giorno?',
  'reminder.askTimeReprompt': 'Mi dica un orario, per esempio: le nove di mattina.',
  'reminder.askTimeAgain': "Mi scusi, non ho capito l'orario. A che ora, ogni giorno?",
  'reminder.confirm': 'Glielo ricorderò ogni giorno {{time}}. Va bene così?',
  'reminder.confirmReprompt': 'Devo ricordarglielo ogni giorno {{time}}? Per favore, risponda sì o no.',
  'reminder.set': "Fatto. Le ricorderò di fare l'allungamento ogni giorno {{time}}.",
  'reminder.updated': 'Fatto. Ora il suo promemoria giornaliero è {{time}}.',
  'reminder.declined': 'Va bene, nessun promemoria.',
  'reminder.status': "Il suo promemoria giornaliero per l'allungamento è fissato {{time}}.",
  'reminder.none': 'Non ha un promemoria giornaliero. Può dire: ricordamelo ogni giorno alle nove.',
  'reminder.cancelled': 'Va bene, ho annullato il suo promemoria giornaliero.',
  'reminder.cancelledNone': 'Non ha nessun promemoria giornaliero da annullare.',
  'reminder.permissionDenied': "Va bene, nessun promemoria. Se cambia idea, può consentire i promemoria nell'app Alexa.",
  'reminder.permissionCard': "Le ho inviato una scheda nell'app Alexa, dove può consentire i promemoria. Poi me lo chieda di nuovo.",
  'reminder.failed.unsupportedDevice': 'Mi dispiace, questo dispositivo non può gestire i promemoria.',
  'reminder.failed.tooMany': "Ha già troppi promemoria. Ne cancelli uno nell'app Alexa, poi me lo chieda di nuovo.",
  'reminder.failed.unavailable': 'Mi dispiace, in questo momento non riesco a raggiungere i suoi promemoria. Riprovi più tardi.',
  'reminder.failed.rejected': 'Mi dispiace, non è stato possibile impostare quel promemoria.',
  'reminder.alertText': 'È ora del suo allungamento. Dica: Alexa, apri allungamento guidato.',

  'screen.title': 'Allungamento guidato',
  'screen.choose': 'Scelga un allungamento',
  'screen.variant.SITTING': 'Da seduti',
  'screen.variant.STANDING': 'In piedi',
  'screen.variant.COUNTER': 'Al piano di lavoro',
  'screen.variant.LYING': 'Da sdraiati',
  'screen.stepOf': 'Passo {{step}} di {{steps}}',
  'screen.roundOf': 'Ripetizione {{round}} di {{rounds}}',
  'screen.leg.right': 'Gamba destra',
  'screen.leg.left': 'Gamba sinistra',
  'screen.leg.both': 'Entrambe le gambe',
  'screen.hold': 'Mantenga',
  'screen.release': 'Rilasci',
  'screen.wellDone': 'Ben fatto',
  'screen.streak': '{{count}} giorni di fila',
  'screen.paused': 'In pausa',
  'screen.help': 'Aiuto',
  'screen.safety': 'Si fermi e si riposi',
  'screen.button.ready': 'Pronto',
  'screen.button.repeat': 'Ripeti',
  'screen.button.pause': 'Pausa',
  'screen.button.stop': 'Stop',

  'error.spoken': 'Mi scusi, qualcosa non ha funzionato da parte mia. Me lo ripeta, per favore, oppure dica: aiuto.',
  'error.reprompt': 'Me lo ripeta, per favore, oppure dica: aiuto.',
};
