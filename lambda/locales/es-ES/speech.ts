/**
 * Everything Hamstring Coach says in Spanish (Spain), to an older person, in the
 * polite "usted" form. Facts and cautions are those of en-US, the reference; the
 * wording is a physiotherapist's in Spain (tumbado, encimera, taburete, vale).
 *
 * Two choices that keep Spanish grammatical whatever the user's gender and side:
 * - sides are adjectives that agree with "pierna" and "rodilla" (feminine), so a
 *   sentence names the foot, heel or thigh through the leg ("el muslo de la
 *   pierna derecha") rather than pairing a masculine noun with "derecha";
 * - "sentado", "de pie", "tumbado" describe the stretch ("el estiramiento
 *   sentado"), never the person, so no sentence assumes a man or a woman.
 * - a time left is said as "le falta aguantar {{length}}" (the infinitive is the subject, so
 *   the verb stays singular for "30 segundos" and for "un minuto" alike).
 * Regional variants (es-MX, es-US) spread this object and override what differs.
 */
import type { Speech } from '../speech';

export const speech: Speech = {
  'notice.doctor': 'Consulte primero con su médico, sobre todo tras una operación de espalda.',

  'welcome.new': 'Hola, esto es Estiramiento guiado. Le acompañaré en un estiramiento suave para la zona lumbar.',
  'welcome.back': 'Hola de nuevo.',

  'menu.question': '¿Prefiere el estiramiento sentado, de pie o tumbado?',
  'menu.reprompt': '¿Qué estiramiento quiere hacer: sentado, de pie o tumbado?',
  'menu.needVariant': 'Primero, elijamos un estiramiento.',

  'offer.usual': '¿Hacemos el estiramiento {{variant}}, como siempre, aguantando {{length}}?',
  'offer.usualReprompt': 'Diga sí para su estiramiento de siempre, o elija sentado, de pie o tumbado.',
  'offer.gentle': '¿Quiere probarlo boca arriba?',
  'offer.gentleReprompt': 'Diga sí para estirar boca arriba, o no para elegir otra forma.',
  'offer.seated': '¿Prefiere hacerlo en una silla?',
  'offer.seatedReprompt': 'Diga sí para estirar en una silla, o no para elegir otra forma.',

  'resume.question': 'La última vez no terminó el estiramiento {{variant}}. ¿Seguimos desde ahí?',
  'resume.reprompt': 'Diga sí para seguir donde lo dejó, o no para empezar de cero.',
  'resume.accepted': 'Bien. Lleva {{done}} de {{total}} estiramientos. Vuelva a colocarse en posición.',
  'resume.acceptedNoHolds': 'Bien. Vuelva a colocarse en posición.',
  'resume.declined': 'De acuerdo, empezamos de cero.',

  'longer.question': 'Ha aguantado {{length}} {{sessions}} veces seguidas. ¿Prueba hoy con {{longer}}?',
  'longer.reprompt': 'Diga sí para aguantar {{longer}}, o no para seguir con {{length}}.',
  'longer.accepted': 'Estupendo. Aguantaremos {{length}}.',
  'longer.declined': 'Vale. Seguimos con {{length}}.',

  'variantName.SITTING': 'sentado',
  'variantName.STANDING': 'de pie',
  'variantName.COUNTER': 'en la encimera',
  'variantName.LYING': 'tumbado',
  'legName.right': 'derecha',
  'legName.left': 'izquierda',
  'legName.both': 'ambas',
  'legPhrase.right': 'la pierna derecha',
  'legPhrase.left': 'la pierna izquierda',
  'legPhrase.both': 'las dos piernas',
  'length.seconds': '{{count}} segundos',
  'length.oneMinute': 'un minuto',

  'routine.start':
    'Vamos con el estiramiento {{variant}}: {{rounds}} repeticiones con cada pierna, aguantando {{length}}. Paso a paso.',
  'routine.startBothLegs': 'Vamos con el estiramiento {{variant}}: {{rounds}} repeticiones, aguantando {{length}}. Paso a paso.',
  'routine.alreadyDoing': 'Ya estamos con el estiramiento {{variant}}.',
  'routine.startOver': 'Empecemos otra vez el estiramiento {{variant}} desde el principio.',
  'routine.carryOn': 'Sigamos.',
  'routine.firstStep': 'Este es el primer paso.',
  'routine.skipHold': 'Vale, seguimos adelante.',
  'routine.redoHold': 'Repitamos ese estiramiento. Vuelva a colocarse en posición.',
  'routine.noRush': 'Sin prisa. Tómese su tiempo.',

  'step.askReady': 'Diga listo cuando esté en posición.',
  'step.reprompt': 'Cuando esté en posición, diga listo. Para oír el paso otra vez, diga repite.',

  'setup.SITTING.0':
    'Primero, busque una silla firme, un banco o el borde de la cama. Ayuda que el asiento sea un poco más alto de lo normal. Siéntese cerca del borde delantero.',
  'setup.SITTING.1':
    'Ahora, la pierna {{leg}}. Estírela hacia delante, con el talón en el suelo o en un taburete bajo. El otro pie, bien apoyado en el suelo.',
  'setup.SITTING.2':
    'En la pierna {{leg}}, lleve la punta del pie hacia el techo. Mantenga esa rodilla lo más recta que pueda.',
  'setup.SITTING.3': 'Siéntese con la espalda recta y alargada. Levante un poco el pecho.',
  'setup.SITTING.4':
    'Ahora inclínese despacio hacia delante desde las caderas. La espalda sigue recta, nunca encorvada. El pecho va hacia delante y el trasero, suavemente hacia atrás. Pare cuando note un estiramiento fuerte, pero cómodo, detrás del muslo de la pierna {{leg}}.',

  'setup.STANDING.0':
    'Primero, busque algo firme y un poco elevado, como un escalón bajo o un taburete. Póngase de pie, de frente a él. Si necesita ayuda con el equilibrio, apóyese en una pared o en la encimera.',
  'setup.STANDING.1': 'Apoye el talón de la pierna {{leg}} en el escalón. La punta del pie, hacia arriba.',
  'setup.STANDING.2': 'Estire las dos rodillas, pero sin bloquearlas.',
  'setup.STANDING.3': 'Quédese de pie, con la espalda recta y alargada. Saque un poco el pecho y el trasero.',
  'setup.STANDING.4':
    'Ahora inclínese despacio hacia delante desde las caderas. Mantenga la espalda plana, nunca encorvada. Pare cuando note un estiramiento fuerte, pero cómodo, detrás del muslo de la pierna {{leg}}.',

  'setup.COUNTER.0': 'Primero, póngase de pie frente a la encimera de la cocina o una mesa firme, a un pasito de distancia.',
  'setup.COUNTER.1': 'Estire las dos rodillas, pero sin bloquearlas.',
  'setup.COUNTER.2': 'Quédese de pie, con la espalda recta y alargada. Saque un poco el pecho y el trasero.',
  'setup.COUNTER.3':
    'Ahora inclínese despacio hacia delante desde las caderas y apoye los codos en la encimera. Mantenga la espalda plana, nunca encorvada. Pare cuando note un estiramiento fuerte, pero cómodo, detrás de los muslos.',

  'setup.LYING.0': 'Primero, túmbese boca arriba, en el suelo o en una cama firme. Deje las dos piernas estiradas.',
  'setup.LYING.1': 'Doble la rodilla {{leg}} hacia el pecho. La otra pierna sigue estirada.',
  'setup.LYING.2':
    'Entrelace los dedos detrás de la rodilla {{leg}}. Si no llega, pase un cinturón o una toalla por ese pie y sujete los dos extremos.',
  'setup.LYING.3':
    'Ahora estire despacio la rodilla {{leg}} hacia el techo, solo hasta donde le resulte cómodo. Mantenga la espalda plana. Debe notar un estiramiento fuerte detrás de la rodilla y del muslo.',

  'switch.SITTING.0': 'Incorpórese despacio y recoja la pierna {{otherLeg}}.',
  'switch.SITTING.1': 'Ahora estire hacia delante la pierna {{leg}}: talón en el suelo, punta del pie hacia arriba, rodilla recta.',
  'switch.SITTING.2':
    'Siéntese con la espalda alargada. Después inclínese despacio desde las caderas, con la espalda recta, hasta notar el estiramiento detrás del muslo de la pierna {{leg}}.',
  'switch.STANDING.0': 'Enderécese despacio y baje la pierna {{otherLeg}} al suelo.',
  'switch.STANDING.1': 'Ahora apoye en el escalón el talón de la pierna {{leg}}, con la punta del pie hacia arriba y las dos rodillas rectas.',
  'switch.STANDING.2':
    'Pecho y trasero, suavemente hacia fuera. Inclínese despacio desde las caderas, con la espalda plana, hasta notar el estiramiento detrás del muslo de la pierna {{leg}}.',
  'switch.COUNTER.0': 'Levante despacio los codos y enderécese.',
  'switch.COUNTER.1':
    'Ahora vuelva a inclinarse desde las caderas y apoye los codos en la encimera. Espalda plana, pecho y trasero suavemente hacia fuera.',
  'switch.LYING.0': 'Baje con suavidad la pierna {{otherLeg}} al suelo.',
  'switch.LYING.1':
    'Ahora doble la rodilla {{leg}} y entrelace los dedos detrás. Si no llega, pase un cinturón o una toalla por ese pie.',
  'switch.LYING.2':
    'Estire despacio la rodilla {{leg}} hacia el techo, solo hasta donde le resulte cómodo. Mantenga la espalda plana.',

  'hold.leadIn': 'Repetición {{round}} de {{rounds}}, con {{legPhrase}}. Aguante así {{length}}.',
  'hold.leadInResumed': 'Vuelva al estiramiento con {{legPhrase}}. Aguante así {{length}} más.',
  'hold.cue.halfway.0': 'Ya va por la mitad.',
  'hold.cue.halfway.1': 'Está a mitad de camino.',
  'hold.cue.halfway.2': 'Ya lleva la mitad.',
  'hold.cue.secondsLeft': 'Quedan {{count}} segundos.',
  'hold.cue.fiveLeft.0': 'Cinco segundos más.',
  'hold.cue.fiveLeft.1': 'Solo faltan cinco segundos.',
  'hold.cue.fiveLeft.2': 'Quedan cinco segundos.',
  'hold.cue.breathe.0': 'Suelte el aire despacio.',
  'hold.cue.breathe.1': 'Siga respirando, con calma.',
  'hold.cue.breathe.2': 'Relaje los hombros.',
  'form.SITTING.0': 'Mantenga la espalda larga y recta.',
  'form.SITTING.1': 'El pecho sigue levantado.',
  'form.SITTING.2': 'La punta del pie sigue hacia arriba.',
  'form.SITTING.3': 'La rodilla, tan recta como le resulte cómodo.',
  'form.STANDING.0': 'Mantenga la espalda plana.',
  'form.STANDING.1': 'Las rodillas siguen rectas.',
  'form.STANDING.2': 'Pecho y trasero, suavemente hacia fuera.',
  'form.STANDING.3': 'La punta del pie sigue hacia arriba.',
  'form.COUNTER.0': 'Mantenga la espalda plana.',
  'form.COUNTER.1': 'Las rodillas siguen rectas.',
  'form.COUNTER.2': 'Pecho y trasero, suavemente hacia fuera.',
  'form.COUNTER.3': 'Deje los codos apoyados en la encimera.',
  'form.LYING.0': 'Mantenga la espalda plana.',
  'form.LYING.1': 'La otra pierna sigue estirada.',
  'form.LYING.2': 'Mantenga un estiramiento suave.',
  'form.LYING.3': 'La rodilla, solo tan recta como le resulte cómodo.',
  'hold.release.0': 'Y suelte. Salga del estiramiento con suavidad.',
  'hold.release.1': 'Y suelte. Deshaga la postura despacio.',
  'hold.release.2': 'Ahora suelte, muy suavemente.',
  'hold.praise.0': 'Muy bien.',
  'hold.praise.1': 'Bien hecho.',
  'hold.praise.2': 'Buen trabajo.',
  'hold.askNext': '¿Vamos con la repetición {{round}}, con {{legPhrase}}?',
  'hold.repromptNext': 'Diga listo cuando quiera estirar {{legPhrase}}.',
  'hold.askNextBothLegs': '¿Vamos con la repetición {{round}}?',
  'hold.repromptNextBothLegs': 'Diga listo cuando quiera volver a estirar.',
  'hold.askFinish': 'Era el último estiramiento. ¿Ya ha salido de la postura y terminamos?',
  'hold.repromptFinish': 'Diga ya está cuando haya salido del estiramiento.',

  'pause.hold':
    'En pausa. Con {{legPhrase}}, le falta aguantar {{length}}. Diga continuar para seguir ahora o, más tarde, diga: Alexa, abre estiramiento guiado.',
  'pause.holdBothLegs':
    'En pausa. Le falta aguantar {{length}}. Diga continuar para seguir ahora o, más tarde, diga: Alexa, abre estiramiento guiado.',
  'pause.placeKept': 'Vale, en pausa. Diga continuar para seguir ahora o, más tarde, diga: Alexa, abre estiramiento guiado.',
  'pause.notStarted':
    'Vale. Diga continuar cuando quiera, o vuelva cuando le venga bien y diga: Alexa, abre estiramiento guiado.',
  'pause.reprompt': 'Diga continuar cuando quiera seguir.',
  'pause.menu': 'Vale. Cuando quiera, diga: Alexa, abre estiramiento guiado. Hasta luego.',

  'holdTime.set': 'Vale. Cada estiramiento durará {{length}}.',
  'holdTime.tooShort': 'Lo mínimo son 20 segundos, así que pondré 20 segundos.',
  'holdTime.tooLong': 'Lo máximo es un minuto, así que pondré un minuto.',
  'holdTime.missing':
    'No he entendido cuánto tiempo. Puede aguantar de 20 segundos a un minuto. Por ejemplo, diga: aguantar 45 segundos.',

  'pace.slower': 'Vale, hablaré más despacio.',
  'pace.faster': 'Vale, hablaré un poco más rápido.',
  'pace.slowest': 'Ya estoy hablando lo más despacio que puedo.',
  'pace.fastest': 'Ya estoy hablando lo más rápido que puedo.',

  'pain.stop':
    'Paramos aquí mismo. Salga del estiramiento con suavidad y descanse. Un estiramiento nunca debe llegar al dolor. Si el dolor no se le pasa, consulte con su médico.',
  'pain.beforeStretch':
    'Siento que le duela la espalda. Este es un estiramiento suave, y debe parar en cuanto algo le duela.',
  'unwell.stop':
    'Paramos ahora mismo. Siéntese o túmbese despacio en un sitio seguro, y descanse. Si la sensación no se le pasa, pida ayuda.',
  'needHelp.answer':
    'Yo no puedo llamar a nadie por usted. Si tiene las llamadas configuradas en Alexa, diga: Alexa, llama a, y el nombre de alguien de confianza. En una emergencia, llame a emergencias desde un teléfono.',

  'obstacle.noStep': '¿No tiene escalón? Entonces haremos el estiramiento de pie, con los codos apoyados en la encimera.',
  'obstacle.noStepNeeded': 'Para este estiramiento no necesita ningún escalón.',
  'obstacle.cantStand': 'Entonces estiremos en una silla.',
  'obstacle.noStandingNeeded': 'Para este estiramiento no hace falta estar de pie.',
  'obstacle.cantGetDown':
    'No hace falta bajar al suelo. Puede estirar en una silla, o boca arriba en una cama firme.',
  'obstacle.bedWorks': 'Una cama firme sirve igual que el suelo.',
  'obstacle.noFloorNeeded': 'Para este estiramiento no hace falta bajar al suelo.',
  'obstacle.cantReach':
    'Si no llega a la pierna, pase un cinturón o una toalla por el pie, y sujete un extremo con cada mano.',
  'obstacle.noBelt': 'Una toalla, un pañuelo largo o el cordón de la bata sirven igual que un cinturón.',

  'progress.routine':
    'Va por la repetición {{round}} de {{rounds}}, con {{legPhrase}}. Lleva {{done}} de {{total}} estiramientos, de {{length}} cada uno.',
  'progress.paused': 'Con {{legPhrase}}, le falta aguantar {{length}}. Lleva {{done}} de {{total}} estiramientos.',
  'progress.pausedBothLegs': 'En este estiramiento, le falta aguantar {{length}}. Lleva {{done}} de {{total}} estiramientos.',
  'progress.notStarted': 'Todavía no hemos empezado ningún estiramiento. Cada uno durará {{length}}.',

  'forget.confirm': '¿Quiere que olvide todo lo que sé de usted, incluido su progreso?',
  'forget.reprompt': '¿Borro sus datos? Diga sí o no, por favor.',
  'forget.done': 'Hecho. He borrado todo lo que guardaba sobre usted. Hasta luego.',
  'forget.kept': 'De acuerdo, lo conservo todo.',
  'forget.failed':
    'Lo siento, ahora mismo no he podido borrar sus datos. No ha cambiado nada. Inténtelo más tarde diciendo: borra mis datos.',

  'wrapUp.done.0': 'Ha terminado el estiramiento completo. Muy bien.',
  'wrapUp.done.1': 'Y con esto termina su estiramiento. Bien hecho.',
  'wrapUp.done.2': 'Ha hecho todas las repeticiones. Buen trabajo hoy.',
  'wrapUp.streak': 'Lleva {{count}} días seguidos.',
  'wrapUp.tip.0': 'Estirar los isquiotibiales con regularidad puede ayudar a su zona lumbar.',
  'wrapUp.tip.1': 'Un poco de estiramiento cada día puede aliviar una zona lumbar cargada.',
  'wrapUp.tip.2': 'Unos isquiotibiales flexibles pueden ayudar a que la zona lumbar se sienta mejor.',
  'wrapUp.goodbye.0': 'Cuídese, y hasta la próxima.',
  'wrapUp.goodbye.1': 'Descanse un momento antes de levantarse. Hasta luego.',
  'wrapUp.goodbye.2': 'Hasta mañana, espero. Adiós.',

  'stop.goodbye': 'Vale, lo dejamos aquí. Hasta luego.',
  'stop.placeKept': 'He guardado por dónde iba. Cuando quiera seguir, diga: Alexa, abre estiramiento guiado. Hasta luego.',

  'help.menu': 'Le guío en un estiramiento suave de los isquiotibiales para la zona lumbar, paso a paso, y le cronometro cada estiramiento.',
  'help.step':
    'Este es el paso {{step}} de {{steps}}, para colocarse en posición. Diga listo cuando esté, repite para oírlo otra vez, o atrás. Si algo le duele, diga: me duele.',
  'help.released': 'Ha terminado un estiramiento. Diga listo para seguir con {{legPhrase}}, o diga terminar para acabar por hoy.',
  'help.releasedBothLegs': 'Ha terminado un estiramiento. Diga listo para la siguiente repetición, o diga terminar para acabar por hoy.',
  'help.allHoldsDone': 'Ha hecho todas las repeticiones. Salga del estiramiento y luego diga: ya está.',
  'help.paused': 'El estiramiento está en pausa. Diga continuar para seguir, o diga terminar para dejarlo por ahora.',
  'help.question': 'Responda sí o no, por favor.',

  'recover.sorry': 'Perdone, no le he entendido.',
  'recover.offerHelp': 'Si no sabe qué decir, diga simplemente: ayuda.',
  'recover.giveUp': 'Lo dejamos aquí por ahora. Cuando quiera, diga: Alexa, abre estiramiento guiado. Hasta luego.',
  'recover.giveUpPlaceKept':
    'Lo dejamos aquí por ahora. He guardado por dónde iba: cuando quiera seguir, diga: Alexa, abre estiramiento guiado. Hasta luego.',

  // Spain reads clock times on the 24-hour clock ("las 21:30"); hour24 is asked of the framework.
  // The article goes with the hour: "la 1:00", "las 2:00" (the forms by the hour's count).
  'time.onTheHour': 'las {{hour24}}:00',
  'time.onTheHour_one': 'la {{hour24}}:00',
  'time.withMinutes': 'las {{hour24}}:{{minuteTens}}{{minuteOnes}}',
  'time.withMinutes_one': 'la {{hour24}}:{{minuteTens}}{{minuteOnes}}',
  'time.am': 'de la mañana',
  'time.pm': 'de la tarde',

  'reminder.offer': '¿Quiere que le recuerde estirar todos los días a esta hora?',
  'reminder.offerReprompt': 'Diga sí para un recordatorio diario, o no.',
  'reminder.askTime': '¿A qué hora le recuerdo cada día?',
  'reminder.askTimeReprompt': 'Dígame una hora, por ejemplo: a las nueve de la mañana.',
  'reminder.askTimeAgain': 'Perdone, no he entendido la hora. ¿A qué hora cada día?',
  'reminder.confirm': 'Se lo recordaré todos los días a {{time}}. ¿Es correcto?',
  'reminder.confirmReprompt': '¿Se lo recuerdo todos los días a {{time}}? Diga sí o no, por favor.',
  'reminder.set': 'Hecho. Le recordaré estirar todos los días a {{time}}.',
  'reminder.updated': 'Hecho. Ahora su recordatorio diario es a {{time}}.',
  'reminder.declined': 'Vale, sin recordatorio.',
  'reminder.status': 'Su recordatorio diario para estirar está puesto a {{time}}.',
  'reminder.none': 'No tiene ningún recordatorio diario. Puede decir: recuérdame todos los días a las nueve.',
  'reminder.cancelled': 'Vale, he cancelado su recordatorio diario.',
  'reminder.cancelledNone': 'No tiene ningún recordatorio diario que cancelar.',
  'reminder.permissionDenied':
    'Vale, sin recordatorio. Si cambia de opinión, puede permitir los recordatorios en la aplicación de Alexa.',
  'reminder.permissionCard':
    'Le he enviado una tarjeta a la aplicación de Alexa, donde puede permitir los recordatorios. Después, vuelva a pedírmelo.',
  'reminder.failed.unsupportedDevice': 'Lo siento, este dispositivo no puede guardar recordatorios.',
  'reminder.failed.tooMany':
    'Ya tiene demasiados recordatorios. Borre uno en la aplicación de Alexa y vuelva a pedírmelo.',
  'reminder.failed.unavailable': 'Lo siento, ahora mismo no he podido acceder a sus recordatorios. Inténtelo más tarde.',
  'reminder.failed.rejected': 'Lo siento, no he podido crear ese recordatorio.',
  'reminder.alertText': 'Es la hora de su estiramiento de isquiotibiales. Diga: Alexa, abre estiramiento guiado.',

  'screen.title': 'Estiramiento guiado',
  'screen.choose': 'Elija un estiramiento',
  'screen.variant.SITTING': 'Sentado',
  'screen.variant.STANDING': 'De pie',
  'screen.variant.COUNTER': 'En la encimera',
  'screen.variant.LYING': 'Tumbado',
  'screen.stepOf': 'Paso {{step}} de {{steps}}',
  'screen.roundOf': 'Repetición {{round}} de {{rounds}}',
  'screen.leg.right': 'Pierna derecha',
  'screen.leg.left': 'Pierna izquierda',
  'screen.leg.both': 'Las dos piernas',
  'screen.hold': 'Aguante',
  'screen.release': 'Suelte',
  'screen.wellDone': 'Muy bien',
  'screen.streak': '{{count}} días seguidos',
  'screen.paused': 'En pausa',
  'screen.help': 'Ayuda',
  'screen.safety': 'Pare y descanse',
  'screen.button.ready': 'Listo',
  'screen.button.repeat': 'Repetir',
  'screen.button.pause': 'Pausa',
  'screen.button.stop': 'Parar',

  'error.spoken': 'Lo siento, algo ha fallado por mi parte. Repítalo, por favor, o diga ayuda.',
  'error.reprompt': 'Repítalo, por favor, o diga ayuda.',
};
