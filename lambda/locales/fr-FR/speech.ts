/**
 * Everything Hamstring Coach says in French (France, Belgium, Switzerland,
 * Luxembourg), as a physiotherapist would say it to an older person: "vous"
 * throughout, one action per sentence, the body part first.
 *
 * Gender: the user's gender is unknown, so no adjective or participle agrees
 * with the user ("en position assise", "Grandissez-vous", "quand vous le
 * souhaitez"). Alexa speaks of herself in the feminine ("Désolée"), as she does
 * in French. {{leg}} is "droite"/"gauche", so it always follows a feminine noun
 * ("la jambe droite", "la cuisse droite").
 */
import type { Speech } from '../speech';

export const speech: Speech = {
  'notice.doctor': "Avant de commencer, demandez l'avis de votre médecin, surtout après une opération du dos.",

  'welcome.new': 'Bienvenue dans Coach Étirement. Je vais vous guider dans un étirement doux pour le bas du dos.',
  'welcome.back': 'Bon retour parmi nous.',

  'menu.question': "Souhaitez-vous faire l'étirement assis, debout ou allongé ?",
  'menu.reprompt': 'Quel étirement choisissez-vous : assis, debout ou allongé ?',
  'menu.needVariant': "D'abord, choisissons un étirement.",

  'offer.usual': "Comme d'habitude : l'étirement {{variant}}, en tenant la position {{length}} ?",
  'offer.usualReprompt': 'Dites oui pour votre étirement habituel, ou choisissez : assis, debout ou allongé.',
  'offer.gentle': 'Voulez-vous essayer en position allongée, sur le dos ?',
  'offer.gentleReprompt': "Dites oui pour faire l'étirement sur le dos, ou non pour choisir une autre position.",
  'offer.seated': 'Voulez-vous plutôt le faire en position assise, sur une chaise ?',
  'offer.seatedReprompt': "Dites oui pour faire l'étirement sur une chaise, ou non pour choisir une autre position.",

  'resume.question': "La dernière fois, l'étirement {{variant}} s'est arrêté en cours de route. Voulez-vous reprendre là où vous en étiez ?",
  'resume.reprompt': 'Dites oui pour reprendre là où vous en étiez, ou non pour recommencer depuis le début.',
  'resume.accepted': 'Bien. Étirements déjà faits : {{done}} sur {{total}}. Reprenons la position.',
  'resume.acceptedNoHolds': 'Bien. Reprenons la position.',
  'resume.declined': "D'accord, on recommence depuis le début.",

  'longer.question': "Cela fait {{sessions}} fois de suite que vous tenez {{length}}. On essaie {{longer}} aujourd'hui ?",
  'longer.reprompt': 'Dites oui pour tenir {{longer}}, ou non pour rester à {{length}}.',
  'longer.accepted': 'Parfait. Ce sera {{length}}.',
  'longer.declined': "D'accord. On reste à {{length}}.",

  'variantName.SITTING': 'assis',
  'variantName.STANDING': 'debout',
  'variantName.COUNTER': 'au plan de travail',
  'variantName.LYING': 'allongé',
  'legName.right': 'droite',
  'legName.left': 'gauche',
  'legName.both': 'les deux',
  'legPhrase.right': 'jambe droite',
  'legPhrase.left': 'jambe gauche',
  'legPhrase.both': 'les deux jambes',
  'length.seconds': '{{count}} secondes',
  'length.oneMinute': 'une minute',

  'routine.start': "Voici l'étirement {{variant}} : {{rounds}} répétitions par jambe, en tenant {{length}} à chaque fois. Nous allons procéder étape par étape.",
  'routine.startBothLegs': "Voici l'étirement {{variant}} : {{rounds}} répétitions, en tenant {{length}} à chaque fois. Nous allons procéder étape par étape.",
  'routine.alreadyDoing': "Nous sommes en train de faire l'étirement {{variant}}.",
  'routine.startOver': "Reprenons l'étirement {{variant}} depuis le début.",
  'routine.carryOn': 'Continuons.',
  'routine.firstStep': "C'est la première étape.",
  'routine.skipHold': "D'accord, on passe à la suite.",
  'routine.redoHold': 'Recommençons cet étirement. Remettez-vous en position.',
  'routine.noRush': 'Rien ne presse. Prenez votre temps.',

  'step.askReady': 'Quand vous êtes en position, dites : prêt.',
  'step.reprompt': "Quand vous êtes en position, dites : prêt. Pour réentendre l'étape, dites : répétez.",

  'setup.SITTING.0':
    "D'abord, trouvez une chaise solide, un banc ou le bord de votre lit. Une assise un peu plus haute que d'habitude, c'est encore mieux. Asseyez-vous vers l'avant du siège.",
  'setup.SITTING.1':
    "Maintenant, la jambe {{leg}}. Tendez-la devant vous, le talon posé au sol ou sur un petit tabouret. Gardez l'autre pied bien à plat au sol.",
  'setup.SITTING.2': 'Pour la jambe {{leg}}, relevez la pointe du pied vers le plafond. Gardez ce genou aussi tendu que possible.',
  'setup.SITTING.3': 'Redressez-vous, le dos bien droit. Soulevez légèrement la poitrine.',
  'setup.SITTING.4':
    "Maintenant, penchez-vous lentement vers l'avant, en partant des hanches. Le dos reste droit, jamais arrondi. La poitrine va vers l'avant, et les fesses partent doucement vers l'arrière. Arrêtez-vous quand vous sentez un étirement fort mais confortable à l'arrière de la cuisse {{leg}}.",

  'setup.STANDING.0':
    "D'abord, trouvez quelque chose de solide et un peu surélevé, comme une petite marche ou un tabouret. Mettez-vous debout, face à lui. Si vous avez besoin d'aide pour l'équilibre, tenez-vous à un mur ou à un plan de travail.",
  'setup.STANDING.1': 'Posez le talon de la jambe {{leg}} sur la marche. Relevez la pointe du pied.',
  'setup.STANDING.2': 'Tendez les deux genoux, sans les bloquer.',
  'setup.STANDING.3': 'Grandissez-vous, le dos bien droit. Laissez la poitrine et les fesses ressortir un peu.',
  'setup.STANDING.4':
    "Maintenant, penchez-vous lentement vers l'avant, en partant des hanches. Gardez le dos plat, jamais arrondi. Arrêtez-vous quand vous sentez un étirement fort mais confortable à l'arrière de la cuisse {{leg}}.",

  'setup.COUNTER.0': "D'abord, mettez-vous debout face à un plan de travail ou à une table solide, à un petit pas de distance.",
  'setup.COUNTER.1': 'Tendez les deux genoux, sans les bloquer.',
  'setup.COUNTER.2': 'Grandissez-vous, le dos bien droit. Laissez la poitrine et les fesses ressortir un peu.',
  'setup.COUNTER.3':
    "Maintenant, penchez-vous lentement vers l'avant en partant des hanches, et posez les coudes sur le plan de travail. Gardez le dos plat, jamais arrondi. Arrêtez-vous quand vous sentez un étirement fort mais confortable à l'arrière des cuisses.",

  'setup.LYING.0': "D'abord, allongez-vous sur le dos, au sol ou sur un lit ferme. Laissez les deux jambes reposer, bien tendues.",
  'setup.LYING.1': "Pliez la jambe {{leg}} et ramenez le genou vers la poitrine. L'autre jambe reste allongée.",
  'setup.LYING.2':
    "Croisez les doigts derrière le genou de la jambe {{leg}}. Si vous n'arrivez pas à l'atteindre, passez une ceinture ou une serviette autour de ce pied, et tenez-en les deux bouts.",
  'setup.LYING.3':
    "Maintenant, tendez lentement la jambe {{leg}} vers le plafond, seulement tant que c'est confortable. Gardez le dos à plat. Vous devriez sentir un étirement fort derrière le genou et à l'arrière de la cuisse.",

  'switch.SITTING.0': 'Redressez-vous lentement, et ramenez la jambe {{otherLeg}} vers vous.',
  'switch.SITTING.1': 'Maintenant, tendez la jambe {{leg}} devant vous : talon au sol, pointe du pied relevée, genou tendu.',
  'switch.SITTING.2':
    "Grandissez-vous bien. Puis penchez-vous lentement vers l'avant en partant des hanches, le dos droit, jusqu'à sentir l'étirement à l'arrière de la cuisse {{leg}}.",
  'switch.STANDING.0': "Redressez-vous lentement, et redescendez la jambe {{otherLeg}} jusqu'au sol.",
  'switch.STANDING.1': 'Maintenant, posez le talon de la jambe {{leg}} sur la marche, pointe du pied relevée, les deux genoux tendus.',
  'switch.STANDING.2':
    "Poitrine et fesses légèrement ressorties. Penchez-vous lentement vers l'avant en partant des hanches, le dos plat, jusqu'à sentir l'étirement à l'arrière de la cuisse {{leg}}.",
  'switch.COUNTER.0': 'Relevez lentement les coudes, et grandissez-vous.',
  'switch.COUNTER.1':
    "Maintenant, penchez-vous de nouveau vers l'avant en partant des hanches, et posez les coudes sur le plan de travail. Le dos plat, la poitrine et les fesses légèrement ressorties.",
  'switch.LYING.0': 'Reposez doucement la jambe {{otherLeg}} au sol.',
  'switch.LYING.1':
    "Maintenant, pliez la jambe {{leg}}, et croisez les doigts derrière le genou. Si vous n'arrivez pas à l'atteindre, passez une ceinture ou une serviette autour de ce pied.",
  'switch.LYING.2': "Tendez lentement la jambe {{leg}} vers le plafond, seulement tant que c'est confortable. Gardez le dos à plat.",

  'hold.leadIn': 'Répétition {{round}} sur {{rounds}}, {{legPhrase}}. Tenez la position {{length}}.',
  'hold.leadInResumed': "On reprend l'étirement, {{legPhrase}}. Tenez encore {{length}}.",
  'hold.cue.halfway.0': 'Vous êtes à mi-chemin.',
  'hold.cue.halfway.1': 'La moitié est faite.',
  'hold.cue.halfway.2': 'On est à la moitié.',
  'hold.cue.secondsLeft': 'Encore {{count}} secondes.',
  'hold.cue.fiveLeft.0': 'Encore cinq secondes.',
  'hold.cue.fiveLeft.1': 'Plus que cinq petites secondes.',
  'hold.cue.fiveLeft.2': 'Il reste cinq secondes.',
  'hold.cue.breathe.0': 'Soufflez lentement.',
  'hold.cue.breathe.1': 'Continuez à respirer, tranquillement.',
  'hold.cue.breathe.2': 'Relâchez les épaules.',
  'form.SITTING.0': 'Gardez le dos long et droit.',
  'form.SITTING.1': 'La poitrine reste soulevée.',
  'form.SITTING.2': 'La pointe du pied toujours relevée.',
  'form.SITTING.3': "Le genou tendu, autant que c'est confortable.",
  'form.STANDING.0': 'Gardez le dos plat.',
  'form.STANDING.1': 'Les genoux restent tendus.',
  'form.STANDING.2': 'Poitrine et fesses légèrement ressorties.',
  'form.STANDING.3': 'La pointe du pied toujours relevée.',
  'form.COUNTER.0': 'Gardez le dos plat.',
  'form.COUNTER.1': 'Les genoux restent tendus.',
  'form.COUNTER.2': 'Poitrine et fesses légèrement ressorties.',
  'form.COUNTER.3': 'Laissez les coudes reposer sur le plan de travail.',
  'form.LYING.0': 'Gardez le dos à plat.',
  'form.LYING.1': "L'autre jambe reste allongée.",
  'form.LYING.2': "Gardez un étirement doux.",
  'form.LYING.3': "Le genou tendu, seulement tant que c'est confortable.",
  'hold.release.0': "Et relâchez. Sortez doucement de l'étirement.",
  'hold.release.1': 'Et relâchez. Quittez la position lentement.',
  'hold.release.2': 'Maintenant, relâchez, tout en douceur.',
  'hold.praise.0': 'Bravo.',
  'hold.praise.1': 'Très bien.',
  'hold.praise.2': 'Beau travail.',
  'hold.askNext': 'On passe à la répétition {{round}}, {{legPhrase}} ?',
  'hold.repromptNext': "Quand vous voulez faire l'étirement suivant, {{legPhrase}}, dites : prêt.",
  'hold.askNextBothLegs': 'On passe à la répétition {{round}} ?',
  'hold.repromptNextBothLegs': "Quand vous voulez refaire l'étirement, dites : prêt.",
  'hold.askFinish': "C'était votre dernier étirement. Avez-vous quitté la position, pour que nous puissions terminer ?",
  'hold.repromptFinish': 'Dites : terminé, quand vous avez quitté la position.',

  'pause.hold':
    'En pause. Il reste {{length}}, {{legPhrase}}. Pour continuer maintenant, dites : on reprend. Ou plus tard, dites : Alexa, ouvre coach étirement.',
  'pause.holdBothLegs':
    'En pause. Il reste {{length}}. Pour continuer maintenant, dites : on reprend. Ou plus tard, dites : Alexa, ouvre coach étirement.',
  'pause.placeKept': "D'accord, c'est en pause. Pour continuer maintenant, dites : on reprend. Ou plus tard, dites : Alexa, ouvre coach étirement.",
  'pause.notStarted': "D'accord. Dites : on reprend, quand vous le souhaitez. Ou revenez quand vous voulez, et dites : Alexa, ouvre coach étirement.",
  'pause.reprompt': 'Dites : on reprend, quand vous voulez continuer.',
  'pause.menu': "D'accord. Quand vous le souhaitez, dites : Alexa, ouvre coach étirement. Au revoir.",

  'holdTime.set': "D'accord. Vous tiendrez chaque étirement {{length}}.",
  'holdTime.tooShort': 'La durée la plus courte est de 20 secondes : je règle donc sur 20 secondes.',
  'holdTime.tooLong': "La durée la plus longue est d'une minute : je règle donc sur une minute.",
  'holdTime.missing':
    "Je n'ai pas compris la durée. Un étirement peut durer de 20 secondes à une minute. Par exemple, dites : tenir 45 secondes.",

  'pace.slower': "D'accord, je vais parler plus lentement.",
  'pace.faster': "D'accord, je vais parler un peu plus vite.",
  'pace.slowest': "C'est déjà mon rythme le plus lent.",
  'pace.fastest': "C'est déjà mon rythme le plus rapide.",

  'pain.stop':
    "Arrêtons-nous tout de suite. Sortez doucement de l'étirement et reposez-vous. Un étirement ne doit jamais aller jusqu'à la douleur. Si la douleur ne passe pas, consultez votre médecin.",
  'pain.beforeStretch':
    "Je suis désolée que vous ayez mal au dos. C'est un étirement doux, et vous devez arrêter tout de suite si quelque chose vous fait mal.",
  'unwell.stop':
    "Arrêtons-nous maintenant. Asseyez-vous ou allongez-vous lentement dans un endroit sûr, et reposez-vous. Si la sensation ne passe pas, demandez de l'aide.",
  'needHelp.answer':
    "Je ne peux appeler personne pour vous. Si vous avez configuré les appels sur votre Alexa, dites : Alexa, appelle, puis le nom d'une personne de confiance. En cas d'urgence, appelez les secours avec un téléphone.",

  'obstacle.noStep': "Pas de marche ? Alors nous ferons l'étirement debout, les coudes posés sur un plan de travail.",
  'obstacle.noStepNeeded': "Vous n'aurez pas besoin de marche pour cet étirement.",
  'obstacle.cantStand': "Alors faisons l'étirement assis, sur une chaise.",
  'obstacle.noStandingNeeded': 'Pour cet étirement, pas besoin de vous mettre debout.',
  'obstacle.cantGetDown':
    "Pas besoin de descendre au sol. Vous pouvez faire l'étirement assis sur une chaise, ou allongé sur un lit ferme.",
  'obstacle.bedWorks': 'Un lit ferme convient tout aussi bien que le sol.',
  'obstacle.noFloorNeeded': 'Pour cet étirement, pas besoin de descendre au sol.',
  'obstacle.cantReach':
    "Si vous n'arrivez pas à atteindre votre jambe, passez une ceinture ou une serviette autour du pied, et tenez un bout dans chaque main.",
  'obstacle.noBelt': "Une serviette, une écharpe ou le cordon d'une robe de chambre remplacent très bien une ceinture.",

  'progress.routine':
    'Vous en êtes à la répétition {{round}} sur {{rounds}}, {{legPhrase}}. Étirements faits : {{done}} sur {{total}}, de {{length}} chacun.',
  'progress.paused': 'Il reste {{length}}, {{legPhrase}}. Étirements faits : {{done}} sur {{total}}.',
  'progress.pausedBothLegs': 'Il reste {{length}} pour cet étirement. Étirements faits : {{done}} sur {{total}}.',
  'progress.notStarted': "Nous n'avons pas encore commencé d'étirement. Vous tiendrez chaque étirement {{length}}.",

  'forget.confirm': "Voulez-vous que j'oublie tout ce que je sais de vous, y compris vos progrès ?",
  'forget.reprompt': "Dois-je supprimer vos données ? Répondez par oui ou par non, s'il vous plaît.",
  'forget.done': "C'est fait. J'ai supprimé tout ce que je gardais sur vous. Au revoir.",
  'forget.kept': "D'accord, je garde tout.",
  'forget.failed':
    "Désolée, je n'ai pas pu supprimer vos données pour le moment. Rien n'a changé. Réessayez plus tard en disant : oubliez-moi.",

  'wrapUp.done.0': "L'étirement est terminé. Bravo.",
  'wrapUp.done.1': 'Et voilà, votre étirement est fini. Très bien.',
  'wrapUp.done.2': "Tous vos étirements sont faits. Beau travail aujourd'hui.",
  'wrapUp.streak': 'Cela fait {{count}} jours de suite.',
  'wrapUp.tip.0': "Étirer régulièrement l'arrière des cuisses peut aider le bas du dos.",
  'wrapUp.tip.1': "Un peu d'étirement chaque jour peut soulager un bas du dos raide.",
  'wrapUp.tip.2': "Des muscles souples à l'arrière des cuisses peuvent aider le bas du dos à aller mieux.",
  'wrapUp.goodbye.0': 'Prenez soin de vous, et à la prochaine fois.',
  'wrapUp.goodbye.1': 'Reposez-vous un instant avant de vous lever. Au revoir.',
  'wrapUp.goodbye.2': "À demain, j'espère. Au revoir.",

  'stop.goodbye': "D'accord, on s'arrête là. Au revoir.",
  'stop.placeKept': 'Votre progression est enregistrée. Dites : Alexa, ouvre coach étirement, quand vous voudrez continuer. Au revoir.',

  'help.menu':
    "Je vous guide dans un étirement doux de l'arrière des cuisses, pour le bas du dos, étape par étape, et je chronomètre chaque étirement.",
  'help.step':
    "C'est l'étape {{step}} sur {{steps}} : la mise en position. Quand vous y êtes, dites : prêt. Pour la réentendre, dites : répétez. Pour revenir en arrière, dites : étape précédente. Si quelque chose vous fait mal, dites : j'ai mal.",
  'help.released': "Vous avez terminé un étirement. Pour continuer, {{legPhrase}}, dites : prêt. Pour arrêter pour aujourd'hui, dites : stop.",
  'help.releasedBothLegs':
    "Vous avez terminé un étirement. Pour la répétition suivante, dites : prêt. Pour arrêter pour aujourd'hui, dites : stop.",
  'help.allHoldsDone': 'Tous vos étirements sont faits. Sortez doucement de la position, puis dites : terminé.',
  'help.paused': "L'étirement est en pause. Pour continuer, dites : on reprend. Pour arrêter pour l'instant, dites : stop.",
  'help.question': "Répondez par oui ou par non, s'il vous plaît.",

  'recover.sorry': "Désolée, je n'ai pas compris.",
  'recover.offerHelp': 'Si vous ne savez pas quoi dire, dites simplement : aide.',
  'recover.giveUp': 'Restons-en là pour le moment. Dites : Alexa, ouvre coach étirement, quand vous le souhaitez. Au revoir.',
  'recover.giveUpPlaceKept':
    'Restons-en là pour le moment. Votre progression est enregistrée. Dites : Alexa, ouvre coach étirement, quand vous voudrez continuer. Au revoir.',

  // 24-hour clock, as France says it: "9h" ("neuf heures"), "21h30" ("vingt et une heures trente").
  'time.onTheHour': '{{hour24}}h',
  'time.withMinutes': '{{hour24}}h{{minuteTens}}{{minuteOnes}}',
  'time.am': 'du matin',
  'time.pm': "de l'après-midi",

  'reminder.offer': "Voulez-vous que je vous rappelle de faire l'étirement tous les jours à cette heure-ci ?",
  'reminder.offerReprompt': 'Dites oui pour un rappel quotidien, ou non.',
  'reminder.askTime': 'À quelle heure voulez-vous que je vous le rappelle, chaque jour ?',
  'reminder.askTimeReprompt': 'Donnez-moi une heure, par exemple : neuf heures du matin.',
  'reminder.askTimeAgain': "Désolée, je n'ai pas compris l'heure. À quelle heure, chaque jour ?",
  'reminder.confirm': "Je vous le rappellerai tous les jours à {{time}}. C'est bien ça ?",
  'reminder.confirmReprompt': "Dois-je vous le rappeler tous les jours à {{time}} ? Répondez par oui ou par non, s'il vous plaît.",
  'reminder.set': "C'est fait. Je vous rappellerai de faire l'étirement tous les jours à {{time}}.",
  'reminder.updated': "C'est fait. Votre rappel quotidien est maintenant à {{time}}.",
  'reminder.declined': "D'accord, pas de rappel.",
  'reminder.status': "Votre rappel quotidien d'étirement est prévu à {{time}}.",
  'reminder.none': "Vous n'avez pas de rappel quotidien. Vous pouvez dire : rappelez-moi tous les jours à neuf heures.",
  'reminder.cancelled': "D'accord, j'ai annulé votre rappel quotidien.",
  'reminder.cancelledNone': "Vous n'avez pas de rappel quotidien à annuler.",
  'reminder.permissionDenied':
    "D'accord, pas de rappel. Si vous changez d'avis, vous pouvez autoriser les rappels dans l'application Alexa.",
  'reminder.permissionCard':
    "Je vous ai envoyé une carte dans l'application Alexa, pour autoriser les rappels. Ensuite, redemandez-le-moi.",
  'reminder.failed.unsupportedDevice': 'Désolée, cet appareil ne peut pas garder de rappels.',
  'reminder.failed.tooMany': "Vous avez déjà trop de rappels. Supprimez-en un dans l'application Alexa, puis redemandez-le-moi.",
  'reminder.failed.unavailable': "Désolée, je n'ai pas pu accéder à vos rappels pour le moment. Réessayez plus tard.",
  'reminder.failed.rejected': "Désolée, je n'ai pas pu créer ce rappel.",
  'reminder.alertText': "C'est l'heure de votre étirement. Dites : Alexa, ouvre coach étirement.",

  'screen.title': 'Coach Étirement',
  'screen.choose': 'Choisissez un étirement',
  'screen.variant.SITTING': 'Assis',
  'screen.variant.STANDING': 'Debout',
  'screen.variant.COUNTER': 'Au plan de travail',
  'screen.variant.LYING': 'Allongé',
  'screen.stepOf': 'Étape {{step}} sur {{steps}}',
  'screen.roundOf': 'Répétition {{round}} sur {{rounds}}',
  'screen.leg.right': 'Jambe droite',
  'screen.leg.left': 'Jambe gauche',
  'screen.leg.both': 'Les deux jambes',
  'screen.hold': 'Tenez',
  'screen.release': 'Relâchez',
  'screen.wellDone': 'Bravo',
  'screen.streak': '{{count}} jours de suite',
  'screen.paused': 'En pause',
  'screen.help': 'Aide',
  'screen.safety': 'Arrêtez et reposez-vous',
  'screen.button.ready': 'Prêt',
  'screen.button.repeat': 'Répéter',
  'screen.button.pause': 'Pause',
  'screen.button.stop': 'Stop',

  'error.spoken': "Désolée, un problème est survenu de mon côté. Redites-le, s'il vous plaît, ou dites : aide.",
  'error.reprompt': "Redites-le, s'il vous plaît, ou dites : aide.",
};
