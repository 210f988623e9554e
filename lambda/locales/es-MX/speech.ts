/**
 * Spanish as said in Mexico: es-ES with what a Mexican physiotherapist would say
 * differently. Still "usted" throughout. Mexican usage: acostado (not tumbado),
 * piso (floor), la barra de la cocina (counter), banquito (stool), hacia
 * adelante, espalda baja, sostener a hold, "Muy bien" / "Está bien" for Spain's
 * "Vale", the simple past for what just happened ("no le entendí", "borré"),
 * and the clock on 12 hours with a. m. / p. m.
 */
import type { Speech } from '../speech';
import { speech as base } from '../es-ES/speech';

export const speech: Speech = {
  ...base,
  'notice.doctor': 'Consulte primero a su médico, sobre todo después de una cirugía de espalda.',

  'welcome.new': 'Hola, esto es Estiramiento guiado. Le voy a indicar cómo hacer un estiramiento suave para la espalda baja.',

  'menu.question': '¿Prefiere el estiramiento sentado, de pie o acostado?',
  'menu.reprompt': '¿Qué estiramiento quiere hacer: sentado, de pie o acostado?',

  'offer.usual': '¿Hacemos el estiramiento {{variant}}, como siempre, sosteniendo {{length}}?',
  'offer.usualReprompt': 'Diga sí para su estiramiento de siempre, o elija sentado, de pie o acostado.',

  'longer.question': 'Ya sostuvo {{length}} {{sessions}} veces seguidas. ¿Prueba hoy con {{longer}}?',
  'longer.reprompt': 'Diga sí para sostener {{longer}}, o no para seguir con {{length}}.',
  'longer.accepted': 'Excelente. Vamos a sostener {{length}}.',
  'longer.declined': 'Está bien. Seguimos con {{length}}.',

  'variantName.COUNTER': 'en la barra de la cocina',
  'variantName.LYING': 'acostado',

  'routine.start':
    'Vamos con el estiramiento {{variant}}: {{rounds}} repeticiones con cada pierna, sosteniendo {{length}}. Paso a paso.',
  'routine.startBothLegs': 'Vamos con el estiramiento {{variant}}: {{rounds}} repeticiones, sosteniendo {{length}}. Paso a paso.',
  'routine.skipHold': 'Muy bien, seguimos adelante.',

  'setup.SITTING.1':
    'Ahora, la pierna {{leg}}. Estírela hacia adelante, con el talón en el piso o en un banquito bajo. El otro pie, bien apoyado en el piso.',
  'setup.SITTING.4':
    'Ahora inclínese despacio hacia adelante desde las caderas. La espalda sigue recta, nunca encorvada. El pecho va hacia adelante y el trasero, suavemente hacia atrás. Pare cuando sienta un estiramiento fuerte, pero cómodo, detrás del muslo de la pierna {{leg}}.',
  'setup.STANDING.0':
    'Primero, busque algo firme y un poco elevado, como un escalón bajo o un banquito. Póngase de pie, de frente a él. Si necesita ayuda con el equilibrio, apóyese en una pared o en la barra de la cocina.',
  'setup.STANDING.4':
    'Ahora inclínese despacio hacia adelante desde las caderas. Mantenga la espalda plana, nunca encorvada. Pare cuando sienta un estiramiento fuerte, pero cómodo, detrás del muslo de la pierna {{leg}}.',
  'setup.COUNTER.0': 'Primero, póngase de pie frente a la barra de la cocina o una mesa firme, a un pasito de distancia.',
  'setup.COUNTER.3':
    'Ahora inclínese despacio hacia adelante desde las caderas y apoye los codos en la barra. Mantenga la espalda plana, nunca encorvada. Pare cuando sienta un estiramiento fuerte, pero cómodo, detrás de los muslos.',
  'setup.LYING.0': 'Primero, acuéstese boca arriba, en el piso o en una cama firme. Deje las dos piernas estiradas.',
  'setup.LYING.3':
    'Ahora estire despacio la rodilla {{leg}} hacia el techo, solo hasta donde le resulte cómodo. Mantenga la espalda plana. Debe sentir un estiramiento fuerte detrás de la rodilla y del muslo.',

  'switch.SITTING.1': 'Ahora estire hacia adelante la pierna {{leg}}: talón en el piso, punta del pie hacia arriba, rodilla recta.',
  'switch.SITTING.2':
    'Siéntese con la espalda alargada. Después inclínese despacio desde las caderas, con la espalda recta, hasta sentir el estiramiento detrás del muslo de la pierna {{leg}}.',
  'switch.STANDING.0': 'Enderécese despacio y baje la pierna {{otherLeg}} al piso.',
  'switch.STANDING.2':
    'Pecho y trasero, suavemente hacia afuera. Inclínese despacio desde las caderas, con la espalda plana, hasta sentir el estiramiento detrás del muslo de la pierna {{leg}}.',
  'switch.COUNTER.1':
    'Ahora vuelva a inclinarse desde las caderas y apoye los codos en la barra. Espalda plana, pecho y trasero suavemente hacia afuera.',
  'switch.LYING.0': 'Baje con suavidad la pierna {{otherLeg}} al piso.',

  'hold.leadIn': 'Repetición {{round}} de {{rounds}}, con {{legPhrase}}. Sostenga así {{length}}.',
  'hold.leadInResumed': 'Vuelva al estiramiento con {{legPhrase}}. Sostenga así {{length}} más.',
  'hold.cue.breathe.0': 'Saque el aire despacio.',
  'form.STANDING.2': 'Pecho y trasero, suavemente hacia afuera.',
  'form.COUNTER.2': 'Pecho y trasero, suavemente hacia afuera.',
  'form.COUNTER.3': 'Deje los codos apoyados en la barra.',
  'hold.askFinish': 'Era el último estiramiento. ¿Ya salió de la postura y terminamos?',
  'hold.repromptFinish': 'Diga ya está cuando salga del estiramiento.',

  'pause.hold':
    'En pausa. Con {{legPhrase}}, le falta sostener {{length}}. Diga continuar para seguir ahora o, más tarde, diga: Alexa, abre estiramiento guiado.',
  'pause.holdBothLegs':
    'En pausa. Le falta sostener {{length}}. Diga continuar para seguir ahora o, más tarde, diga: Alexa, abre estiramiento guiado.',
  'pause.placeKept':
    'Muy bien, en pausa. Diga continuar para seguir ahora o, más tarde, diga: Alexa, abre estiramiento guiado.',
  'pause.notStarted':
    'Muy bien. Diga continuar cuando quiera, o regrese cuando guste y diga: Alexa, abre estiramiento guiado.',
  'pause.menu': 'Muy bien. Cuando quiera, diga: Alexa, abre estiramiento guiado. Hasta luego.',

  'holdTime.set': 'Muy bien. Cada estiramiento va a durar {{length}}.',
  'holdTime.tooShort': 'Lo mínimo son 20 segundos, así que voy a poner 20 segundos.',
  'holdTime.tooLong': 'Lo máximo es un minuto, así que voy a poner un minuto.',
  'holdTime.missing':
    'No le entendí cuánto tiempo. Puede sostener de 20 segundos a un minuto. Por ejemplo, diga: sostener 45 segundos.',

  'pace.slower': 'Muy bien, voy a hablar más despacio.',
  'pace.faster': 'Muy bien, voy a hablar un poco más rápido.',

  'pain.stop':
    'Vamos a parar aquí mismo. Salga del estiramiento con suavidad y descanse. Un estiramiento nunca debe llegar al dolor. Si el dolor no se le quita, consulte a su médico.',
  'unwell.stop':
    'Vamos a parar ahora mismo. Siéntese o acuéstese despacio en un lugar seguro, y descanse. Si la sensación no se le quita, pida ayuda.',

  'obstacle.noStep': '¿No tiene escalón? Entonces haremos el estiramiento de pie, con los codos apoyados en la barra de la cocina.',
  'obstacle.cantGetDown': 'No hace falta bajar al piso. Puede estirar en una silla, o boca arriba en una cama firme.',
  'obstacle.bedWorks': 'Una cama firme funciona igual que el piso.',
  'obstacle.noFloorNeeded': 'Para este estiramiento no hace falta bajar al piso.',
  'obstacle.noBelt': 'Una toalla, una mascada o el cinto de la bata funcionan igual que un cinturón.',

  'progress.paused': 'Con {{legPhrase}}, le falta sostener {{length}}. Lleva {{done}} de {{total}} estiramientos.',
  'progress.pausedBothLegs': 'En este estiramiento, le falta sostener {{length}}. Lleva {{done}} de {{total}} estiramientos.',

  'forget.done': 'Listo. Borré todo lo que guardaba sobre usted. Hasta luego.',
  'forget.failed':
    'Lo siento, en este momento no pude borrar sus datos. No cambió nada. Inténtelo más tarde diciendo: borra mis datos.',

  'wrapUp.done.0': 'Terminó el estiramiento completo. Muy bien.',
  'wrapUp.done.2': 'Ya hizo todas las repeticiones. Buen trabajo hoy.',
  'wrapUp.tip.0': 'Estirar los isquiotibiales con regularidad puede ayudar a su espalda baja.',
  'wrapUp.tip.1': 'Un poco de estiramiento cada día puede aliviar una espalda baja tensa.',
  'wrapUp.tip.2': 'Unos isquiotibiales flexibles pueden ayudar a que la espalda baja se sienta mejor.',

  'stop.goodbye': 'Muy bien, lo dejamos aquí. Hasta luego.',
  'stop.placeKept': 'Guardé dónde se quedó. Cuando quiera seguir, diga: Alexa, abre estiramiento guiado. Hasta luego.',

  'help.menu':
    'Le indico cómo hacer un estiramiento suave de los isquiotibiales para la espalda baja, paso a paso, y le tomo el tiempo a cada estiramiento.',
  'help.released': 'Terminó un estiramiento. Diga listo para seguir con {{legPhrase}}, o diga terminar para acabar por hoy.',
  'help.releasedBothLegs': 'Terminó un estiramiento. Diga listo para la siguiente repetición, o diga terminar para acabar por hoy.',
  'help.allHoldsDone': 'Ya hizo todas las repeticiones. Salga del estiramiento y luego diga: ya está.',

  'recover.sorry': 'Perdón, no le entendí.',
  'recover.giveUpPlaceKept':
    'Lo dejamos aquí por ahora. Guardé dónde se quedó: cuando quiera seguir, diga: Alexa, abre estiramiento guiado. Hasta luego.',

  // Mexico says clock times on 12 hours: "a las 9:30 p. m."
  'time.onTheHour': 'las {{hour12}} {{period}}',
  'time.onTheHour_one': 'la {{hour12}} {{period}}',
  'time.withMinutes': 'las {{hour12}}:{{minuteTens}}{{minuteOnes}} {{period}}',
  'time.withMinutes_one': 'la {{hour12}}:{{minuteTens}}{{minuteOnes}} {{period}}',
  'time.am': 'a. m.',
  'time.pm': 'p. m.',

  'reminder.askTimeAgain': 'Perdón, no le entendí la hora. ¿A qué hora cada día?',
  // A time ends in "a. m." or "p. m.", whose point ends the sentence too: Spanish writes one.
  'reminder.set': 'Listo. Le voy a recordar estirar todos los días a {{time}}',
  'reminder.updated': 'Listo. Ahora su recordatorio diario es a {{time}}',
  'reminder.confirm': 'Se lo voy a recordar todos los días a {{time}} ¿Es correcto?',
  'reminder.status': 'Su recordatorio diario para estirar está puesto a {{time}}',
  'reminder.declined': 'Está bien, sin recordatorio.',
  'reminder.cancelled': 'Está bien, cancelé su recordatorio diario.',
  'reminder.permissionDenied':
    'Está bien, sin recordatorio. Si cambia de opinión, puede permitir los recordatorios en la aplicación de Alexa.',
  'reminder.permissionCard':
    'Le envié una tarjeta a la aplicación de Alexa, donde puede permitir los recordatorios. Después, vuelva a pedírmelo.',
  'reminder.failed.unavailable': 'Lo siento, en este momento no pude entrar a sus recordatorios. Inténtelo más tarde.',
  'reminder.failed.rejected': 'Lo siento, no pude crear ese recordatorio.',

  'screen.variant.COUNTER': 'En la barra',
  'screen.variant.LYING': 'Acostado',
  'screen.hold': 'Sostenga',

  'error.spoken': 'Lo siento, algo falló de mi lado. Repítalo, por favor, o diga ayuda.',
};
