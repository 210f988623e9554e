/**
 * Everything Hamstring Coach says in Brazilian Portuguese, sentence for sentence
 * with en-US. Polite and warm, for older people: the coach never says "o senhor"
 * or "a senhora" (it cannot know which) and rarely needs "você"; it speaks in
 * third-person forms without a pronoun ("Sente-se", "Mantenha", "seu joelho"),
 * which suit both. Nothing is gendered towards the listener: words that would
 * agree with the person ("sentado", "pronto", "bem-vindo") are avoided or agree
 * with the stretch or the position instead ("o alongamento sentado", "em que
 * posição: sentada, em pé ou deitada").
 *
 * A leg's name ({{leg}}, {{otherLeg}}) always follows "perna" or "coxa" (both
 * feminine), so "direita" and "esquerda" always agree; a leg phrase carries its
 * article ("a perna direita", "as duas pernas").
 */
import type { Speech } from '../speech';

const OPEN = 'Alexa, abra alongamento posterior';

export const speech: Speech = {
  'notice.doctor': 'Por favor, consulte antes o seu médico, principalmente após cirurgia nas costas.',

  'welcome.new': 'Boas-vindas ao Alongamento Posterior. Vou guiar um alongamento suave para a lombar.',
  'welcome.back': 'Olá, que bom que voltou.',

  'menu.question': 'Em que posição prefere alongar: sentada, em pé ou deitada?',
  'menu.reprompt': 'Qual alongamento prefere: sentado, em pé ou deitado?',
  'menu.needVariant': 'Primeiro, vamos escolher um alongamento.',

  'offer.usual': 'O alongamento {{variant}} de sempre, mantendo por {{length}}?',
  'offer.usualReprompt': 'Diga sim para o alongamento de sempre, ou escolha entre sentado, em pé ou deitado.',
  'offer.gentle': 'Gostaria de tentar o alongamento deitado, de barriga para cima?',
  'offer.gentleReprompt': 'Diga sim para alongar de barriga para cima, ou não para escolher outro jeito.',
  'offer.seated': 'Vamos fazer o alongamento numa cadeira, em vez disso?',
  'offer.seatedReprompt': 'Diga sim para alongar numa cadeira, ou não para escolher outro jeito.',

  'resume.question': 'Da última vez, o alongamento {{variant}} ficou pela metade. Quer continuar de onde parou?',
  'resume.reprompt': 'Diga sim para continuar de onde parou, ou não para começar do zero.',
  'resume.accepted': 'Muito bem. Já fez {{done}} de {{total}} repetições. Vamos voltar à posição.',
  'resume.acceptedNoHolds': 'Muito bem. Vamos voltar à posição.',
  'resume.declined': 'Tudo bem, vamos começar do zero.',

  'longer.question': 'Já manteve por {{length}} {{sessions}} vezes seguidas. Que tal tentar {{longer}} hoje?',
  'longer.reprompt': 'Diga sim para manter por {{longer}}, ou não para continuar com {{length}}.',
  'longer.accepted': 'Ótimo. Fica combinado: {{length}}.',
  'longer.declined': 'Certo. Continuamos com {{length}}.',

  'variantName.SITTING': 'sentado',
  'variantName.STANDING': 'em pé',
  'variantName.COUNTER': 'na bancada',
  'variantName.LYING': 'deitado',
  'legName.right': 'direita',
  'legName.left': 'esquerda',
  'legName.both': 'as duas',
  'legPhrase.right': 'a perna direita',
  'legPhrase.left': 'a perna esquerda',
  'legPhrase.both': 'as duas pernas',
  'length.seconds': '{{count}} segundos',
  'length.oneMinute': 'um minuto',

  'routine.start':
    'Vamos ao alongamento {{variant}}: {{rounds}} séries em cada perna, mantendo por {{length}}. Um passo de cada vez.',
  'routine.startBothLegs': 'Vamos ao alongamento {{variant}}: {{rounds}} séries, mantendo por {{length}}. Um passo de cada vez.',
  'routine.alreadyDoing': 'Já estamos fazendo o alongamento {{variant}}.',
  'routine.startOver': 'Vamos recomeçar o alongamento {{variant}} desde o início.',
  'routine.carryOn': 'Vamos continuar.',
  'routine.firstStep': 'Este é o primeiro passo.',
  'routine.skipHold': 'Certo, vamos seguir em frente.',
  'routine.redoHold': 'Vamos fazer essa repetição de novo. Volte à posição.',
  'routine.noRush': 'Sem pressa. Leve o tempo que precisar.',

  'step.askReady': 'Quando estiver assim, diga: pronto.',
  'step.reprompt': 'Diga pronto quando estiver na posição, ou diga repetir para ouvir o passo de novo.',

  'setup.SITTING.0':
    'Primeiro, procure uma cadeira firme, um banco ou a beirada da cama. Ajuda se o assento for um pouco mais alto que o normal. Sente-se na parte da frente do assento.',
  'setup.SITTING.1':
    'Agora, a perna {{leg}}. Estique essa perna à sua frente, com o calcanhar no chão ou num banquinho baixo. Mantenha o outro pé todo apoiado no chão.',
  'setup.SITTING.2': 'Na perna {{leg}}, aponte os dedos do pé para o teto. Mantenha esse joelho o mais esticado que puder.',
  'setup.SITTING.3': 'Endireite bem o tronco, com as costas retas. Levante um pouco o peito.',
  'setup.SITTING.4':
    'Agora incline o corpo para a frente, devagar, a partir do quadril. As costas ficam retas, nunca curvadas. O peito vai para a frente, e o bumbum vai suavemente para trás. Pare quando sentir um alongamento forte, mas confortável, atrás da coxa {{leg}}.',

  'setup.STANDING.0':
    'Primeiro, procure algo firme e um pouco elevado, como um degrau baixo ou um banquinho. Fique de frente para ele. Se precisar de ajuda com o equilíbrio, apoie-se numa parede ou numa bancada.',
  'setup.STANDING.1': 'Apoie no degrau o calcanhar da perna {{leg}}. Aponte os dedos do pé para cima.',
  'setup.STANDING.2': 'Estique os dois joelhos, mas sem travar.',
  'setup.STANDING.3': 'Endireite bem o corpo, com as costas retas. Deixe o peito e o bumbum um pouco para fora.',
  'setup.STANDING.4':
    'Agora incline o corpo para a frente, devagar, a partir do quadril. Mantenha as costas retas, nunca curvadas. Pare quando sentir um alongamento forte, mas confortável, atrás da coxa {{leg}}.',

  'setup.COUNTER.0': 'Primeiro, fique em pé, de frente para a bancada da cozinha ou para uma mesa firme, um passo curto atrás dela.',
  'setup.COUNTER.1': 'Estique os dois joelhos, mas sem travar.',
  'setup.COUNTER.2': 'Endireite bem o corpo, com as costas retas. Deixe o peito e o bumbum um pouco para fora.',
  'setup.COUNTER.3':
    'Agora incline o corpo para a frente, devagar, a partir do quadril, e apoie os cotovelos na bancada. Mantenha as costas retas, nunca curvadas. Pare quando sentir um alongamento forte, mas confortável, atrás das coxas.',

  'setup.LYING.0': 'Primeiro, deite-se de barriga para cima, no chão ou numa cama firme. Deixe as duas pernas descansando, esticadas.',
  'setup.LYING.1': 'Dobre o joelho da perna {{leg}}, trazendo-o em direção ao peito. A outra perna fica esticada.',
  'setup.LYING.2':
    'Entrelace os dedos atrás do joelho da perna {{leg}}. Se não alcançar, passe um cinto ou uma toalha em volta desse pé e segure as duas pontas.',
  'setup.LYING.3':
    'Agora estique devagar o joelho da perna {{leg}} em direção ao teto, só até onde for confortável. Mantenha as costas retas. Deve sentir um alongamento forte atrás do joelho e da coxa.',

  'switch.SITTING.0': 'Endireite o tronco devagar e recolha a perna {{otherLeg}}.',
  'switch.SITTING.1': 'Agora estique a perna {{leg}} à sua frente: calcanhar no chão, dedos do pé para cima, joelho esticado.',
  'switch.SITTING.2':
    'Endireite bem o tronco. Depois incline o corpo para a frente, devagar, a partir do quadril, com as costas retas, até sentir o alongamento atrás da coxa {{leg}}.',
  'switch.STANDING.0': 'Endireite o corpo devagar e desça a perna {{otherLeg}} até o chão.',
  'switch.STANDING.1': 'Agora apoie no degrau o calcanhar da perna {{leg}}: dedos do pé para cima, os dois joelhos esticados.',
  'switch.STANDING.2':
    'Peito e bumbum suavemente para fora. Incline o corpo para a frente, devagar, a partir do quadril, com as costas retas, até sentir o alongamento atrás da coxa {{leg}}.',
  'switch.COUNTER.0': 'Levante os cotovelos devagar e endireite o corpo.',
  'switch.COUNTER.1':
    'Agora incline o corpo de novo para a frente, a partir do quadril, e apoie os cotovelos na bancada. Costas retas, peito e bumbum suavemente para fora.',
  'switch.LYING.0': 'Abaixe com cuidado a perna {{otherLeg}} até o chão.',
  'switch.LYING.1':
    'Agora dobre o joelho da perna {{leg}} e entrelace os dedos atrás dele. Se não alcançar, passe um cinto ou uma toalha em volta desse pé.',
  'switch.LYING.2': 'Estique devagar o joelho da perna {{leg}} em direção ao teto, só até onde for confortável. Mantenha as costas retas.',

  'hold.leadIn': 'Série {{round}} de {{rounds}}, com {{legPhrase}}. Mantenha a posição por {{length}}.',
  'hold.leadInResumed': 'De volta ao alongamento, com {{legPhrase}}. Mantenha a posição por mais {{length}}.',
  'hold.cue.halfway.0': 'Metade do caminho.',
  'hold.cue.halfway.1': 'Já está na metade.',
  'hold.cue.halfway.2': 'Chegamos à metade.',
  'hold.cue.secondsLeft': 'Faltam {{count}} segundos.',
  'hold.cue.fiveLeft.0': 'Mais cinco segundos.',
  'hold.cue.fiveLeft.1': 'Só faltam cinco segundos.',
  'hold.cue.fiveLeft.2': 'Cinco segundos para terminar.',
  'hold.cue.breathe.0': 'Solte o ar devagar.',
  'hold.cue.breathe.1': 'Continue respirando, com calma.',
  'hold.cue.breathe.2': 'Deixe os ombros relaxarem.',
  'form.SITTING.0': 'Mantenha as costas alongadas e retas.',
  'form.SITTING.1': 'O peito continua erguido.',
  'form.SITTING.2': 'Os dedos do pé continuam para cima.',
  'form.SITTING.3': 'O joelho esticado, até onde for confortável.',
  'form.STANDING.0': 'Mantenha as costas retas.',
  'form.STANDING.1': 'Os joelhos continuam esticados.',
  'form.STANDING.2': 'Peito e bumbum suavemente para fora.',
  'form.STANDING.3': 'Os dedos do pé continuam para cima.',
  'form.COUNTER.0': 'Mantenha as costas retas.',
  'form.COUNTER.1': 'Os joelhos continuam esticados.',
  'form.COUNTER.2': 'Peito e bumbum suavemente para fora.',
  'form.COUNTER.3': 'Deixe os cotovelos apoiados na bancada.',
  'form.LYING.0': 'Mantenha as costas retas.',
  'form.LYING.1': 'A outra perna continua esticada.',
  'form.LYING.2': 'Mantenha o alongamento suave.',
  'form.LYING.3': 'Joelho esticado só até onde for confortável.',
  'hold.release.0': 'E solte. Saia do alongamento com cuidado.',
  'hold.release.1': 'E solte. Desfaça a posição devagar.',
  'hold.release.2': 'Agora solte, bem de leve.',
  'hold.praise.0': 'Muito bem.',
  'hold.praise.1': 'Isso, muito bom.',
  'hold.praise.2': 'Bom trabalho.',
  'hold.askNext': 'Podemos passar à série {{round}}, com {{legPhrase}}?',
  'hold.repromptNext': 'Diga pronto quando quiser alongar {{legPhrase}}.',
  'hold.askNextBothLegs': 'Podemos passar à série {{round}}?',
  'hold.repromptNextBothLegs': 'Diga pronto quando quiser alongar de novo.',
  'hold.askFinish': 'Essa foi a última repetição. Já saiu do alongamento e podemos terminar?',
  'hold.repromptFinish': 'Diga terminei quando tiver saído do alongamento.',

  'pause.hold': `Em pausa, com {{length}} ainda pela frente para {{legPhrase}}. Diga continuar para seguir agora, ou, mais tarde, diga: ${OPEN}.`,
  'pause.holdBothLegs': `Em pausa, com {{length}} ainda pela frente. Diga continuar para seguir agora, ou, mais tarde, diga: ${OPEN}.`,
  'pause.placeKept': `Certo, em pausa. Diga continuar para seguir agora, ou, mais tarde, diga: ${OPEN}.`,
  'pause.notStarted': `Certo. Quando puder, diga continuar. Ou volte a qualquer momento e diga: ${OPEN}.`,
  'pause.reprompt': 'Diga continuar quando quiser seguir.',
  'pause.menu': `Certo. Quando quiser, diga: ${OPEN}. Até logo.`,

  'holdTime.set': 'Certo. Cada repetição vai durar {{length}}.',
  'holdTime.tooShort': 'O tempo mínimo é de 20 segundos, então vou usar 20 segundos.',
  'holdTime.tooLong': 'O tempo máximo é de um minuto, então vou usar um minuto.',
  'holdTime.missing':
    'Não entendi quanto tempo. Cada repetição pode durar de 20 segundos a um minuto. Por exemplo, diga: manter por 45 segundos.',

  'pace.slower': 'Certo, vou falar mais devagar.',
  'pace.faster': 'Certo, vou falar um pouco mais rápido.',
  'pace.slowest': 'Este já é o meu ritmo mais lento.',
  'pace.fastest': 'Este já é o meu ritmo mais rápido.',

  'pain.stop':
    'Vamos parar por aqui. Saia do alongamento com cuidado e descanse. Alongar nunca deve chegar ao ponto de doer. Se a dor não passar, por favor, procure o seu médico.',
  'pain.beforeStretch':
    'Sinto muito pela dor nas costas. Este é um alongamento suave, e é preciso parar na hora se algo doer.',
  'unwell.stop':
    'Vamos parar agora mesmo. Devagar, sente-se ou deite-se num lugar seguro e descanse. Se o mal-estar não passar, por favor, peça ajuda.',
  'needHelp.answer':
    'Não consigo ligar para ninguém por você. Se as chamadas estiverem configuradas na sua Alexa, diga: Alexa, ligue para, e o nome de alguém de confiança. Numa emergência, use um telefone para ligar para o serviço de emergência.',

  'obstacle.noStep': 'Não tem degrau? Então vamos fazer o alongamento em pé, com os cotovelos apoiados numa bancada.',
  'obstacle.noStepNeeded': 'Não vai precisar de degrau neste alongamento.',
  'obstacle.cantStand': 'Então vamos fazer o alongamento sentado, numa cadeira.',
  'obstacle.noStandingNeeded': 'Não vai precisar ficar em pé neste alongamento.',
  'obstacle.cantGetDown':
    'Não precisa descer até o chão. Pode fazer o alongamento sentado, numa cadeira, ou deitado, numa cama firme.',
  'obstacle.bedWorks': 'Uma cama firme serve tão bem quanto o chão.',
  'obstacle.noFloorNeeded': 'Não vai precisar descer até o chão neste alongamento.',
  'obstacle.cantReach': 'Se não alcançar a perna, passe um cinto ou uma toalha em volta do pé e segure uma ponta em cada mão.',
  'obstacle.noBelt': 'Uma toalha, um lenço ou a faixa de um roupão serve tão bem quanto um cinto.',

  'progress.routine':
    'Estamos na série {{round}} de {{rounds}}, com {{legPhrase}}. Já fez {{done}} de {{total}} repetições, de {{length}} cada.',
  'progress.paused': 'Para {{legPhrase}}, ainda há {{length}}. Já fez {{done}} de {{total}} repetições.',
  'progress.pausedBothLegs': 'Nesta repetição, ainda há {{length}}. Já fez {{done}} de {{total}} repetições.',
  'progress.notStarted': 'Ainda não começamos nenhum alongamento. Cada repetição vai durar {{length}}.',

  'forget.confirm': 'Quer que eu esqueça tudo o que sei sobre você, inclusive o seu progresso?',
  'forget.reprompt': 'Devo apagar os seus dados? Por favor, diga sim ou não.',
  'forget.done': 'Pronto. Apaguei tudo o que eu tinha guardado sobre você. Até logo.',
  'forget.kept': 'Certo, mantive tudo como estava.',
  'forget.failed':
    'Desculpe, não consegui apagar os seus dados agora. Nada foi alterado. Por favor, tente de novo mais tarde, dizendo: apague meus dados.',

  'wrapUp.done.0': 'Esse foi o alongamento completo. Muito bem.',
  'wrapUp.done.1': 'E assim terminamos o alongamento. Muito bom.',
  'wrapUp.done.2': 'Todas as repetições foram feitas. Bom trabalho hoje.',
  'wrapUp.streak': 'Já são {{count}} dias seguidos.',
  'wrapUp.tip.0': 'Alongar a parte de trás das coxas com regularidade pode ajudar a sua lombar.',
  'wrapUp.tip.1': 'Um pouco de alongamento todos os dias pode aliviar a tensão na lombar.',
  'wrapUp.tip.2': 'Quando a parte de trás das coxas fica mais solta, a lombar pode se sentir melhor.',
  'wrapUp.goodbye.0': 'Cuide-se, e até a próxima.',
  'wrapUp.goodbye.1': 'Descanse um pouco antes de se levantar. Até logo.',
  'wrapUp.goodbye.2': 'Até amanhã, assim espero. Tchau.',

  'stop.goodbye': 'Certo, vamos parar por aqui. Até logo.',
  'stop.placeKept': `Guardei onde paramos. Quando quiser continuar, diga: ${OPEN}. Até logo.`,

  'help.menu':
    'Eu guio um alongamento suave da parte de trás da coxa, para a sua lombar, um passo de cada vez, e marco o tempo de cada repetição.',
  'help.step':
    'Este é o passo {{step}} de {{steps}}, para entrar na posição. Diga pronto quando estiver na posição, repetir para ouvir de novo, ou voltar. Se algo doer, diga: está doendo.',
  'help.released': 'Terminou uma repetição. Diga pronto para seguir com {{legPhrase}}, ou parar para encerrar por hoje.',
  'help.releasedBothLegs': 'Terminou uma repetição. Diga pronto para a próxima série, ou parar para encerrar por hoje.',
  'help.allHoldsDone': 'Todas as repetições foram feitas. Saia do alongamento e depois diga: terminei.',
  'help.paused': 'O alongamento está em pausa. Diga continuar para seguir, ou parar para encerrar por agora.',
  'help.question': 'Por favor, responda sim ou não.',

  'recover.sorry': 'Desculpe, não entendi.',
  'recover.offerHelp': 'Se não souber o que dizer, é só dizer: ajuda.',
  'recover.giveUp': `Vamos deixar por aqui, por enquanto. Quando quiser, diga: ${OPEN}. Até logo.`,
  'recover.giveUpPlaceKept': `Vamos deixar por aqui, por enquanto. Guardei onde paramos: quando quiser continuar, diga: ${OPEN}. Até logo.`,

  // Brazil says a clock time on the 24-hour clock ("20h", "7:30"): "da tarde" would be wrong after
  // six, where Brazilians say "da noite". Alexa reads "20h" as "vinte horas". A time follows "para"
  // with no article ("marcado para 20h"), because the article would have to agree with the hour:
  // "às 20h" but "à 1h", which a placeholder cannot do.
  'time.onTheHour': '{{hour24}}h',
  'time.withMinutes': '{{hour24}}:{{minuteTens}}{{minuteOnes}}',
  'time.am': 'da manhã',
  'time.pm': 'da tarde',

  'reminder.offer': 'Quer que eu lembre você de alongar todos os dias neste horário?',
  'reminder.offerReprompt': 'Diga sim para um lembrete diário, ou não.',
  'reminder.askTime': 'A que horas devo lembrar você todos os dias?',
  'reminder.askTimeReprompt': 'Diga um horário, por exemplo: nove da manhã.',
  'reminder.askTimeAgain': 'Desculpe, não entendi o horário. A que horas, todos os dias?',
  'reminder.confirm': 'Vou marcar o lembrete diário para {{time}}. Está certo?',
  'reminder.confirmReprompt': 'Devo marcar o lembrete diário para {{time}}? Por favor, diga sim ou não.',
  'reminder.set': 'Pronto. Marquei o lembrete diário de alongamento para {{time}}.',
  'reminder.updated': 'Pronto. Agora o seu lembrete diário está marcado para {{time}}.',
  'reminder.declined': 'Certo, sem lembrete.',
  'reminder.status': 'O seu lembrete diário de alongamento está marcado para {{time}}.',
  'reminder.none': 'Você não tem um lembrete diário. Pode dizer: me lembre todos os dias às nove.',
  'reminder.cancelled': 'Certo, cancelei o seu lembrete diário.',
  'reminder.cancelledNone': 'Você não tem nenhum lembrete diário para cancelar.',
  'reminder.permissionDenied': 'Certo, sem lembrete. Se mudar de ideia, pode permitir lembretes no aplicativo Alexa.',
  'reminder.permissionCard': 'Enviei um cartão para o seu aplicativo Alexa, onde pode permitir lembretes. Depois, é só pedir de novo.',
  'reminder.failed.unsupportedDevice': 'Desculpe, este aparelho não consegue guardar lembretes.',
  'reminder.failed.tooMany': 'Você já tem lembretes demais. Por favor, apague um no aplicativo Alexa e depois peça de novo.',
  'reminder.failed.unavailable': 'Desculpe, não consegui acessar os seus lembretes agora. Por favor, tente de novo mais tarde.',
  'reminder.failed.rejected': 'Desculpe, não consegui criar esse lembrete.',
  'reminder.alertText': `Hora do seu alongamento posterior. Diga: ${OPEN}.`,

  'screen.title': 'Alongamento Posterior',
  'screen.choose': 'Escolha um alongamento',
  'screen.variant.SITTING': 'Sentado',
  'screen.variant.STANDING': 'Em pé',
  'screen.variant.COUNTER': 'Na bancada',
  'screen.variant.LYING': 'Deitado',
  'screen.stepOf': 'Passo {{step}} de {{steps}}',
  'screen.roundOf': 'Série {{round}} de {{rounds}}',
  'screen.leg.right': 'Perna direita',
  'screen.leg.left': 'Perna esquerda',
  'screen.leg.both': 'As duas pernas',
  'screen.hold': 'Mantenha',
  'screen.release': 'Solte',
  'screen.wellDone': 'Muito bem',
  'screen.streak': '{{count}} dias seguidos',
  'screen.paused': 'Em pausa',
  'screen.help': 'Ajuda',
  'screen.safety': 'Pare e descanse',
  'screen.button.ready': 'Pronto',
  'screen.button.repeat': 'Repetir',
  'screen.button.pause': 'Pausar',
  'screen.button.stop': 'Parar',

  'error.spoken': 'Desculpe, algo deu errado do meu lado. Por favor, diga de novo, ou diga ajuda.',
  'error.reprompt': 'Por favor, diga de novo, ou diga ajuda.',
};
