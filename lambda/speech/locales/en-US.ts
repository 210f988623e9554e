/**
 * Everything Hamstring Coach says in US English. Facts come from the article in
 * shared/; the wording is ours. Written for people who cannot see a screen:
 * one action per sentence, the body part first, no jargon.
 *
 * Keys are flat so that `SpeechKey` can be derived from this object and every
 * key used in code is checked by the compiler.
 */
export const enUS = {
  'notice.doctor':
    'Before you begin, please check with your doctor that stretching is right for you, especially if you have had back surgery.',

  'welcome.new':
    "Welcome to Hamstring Coach. I'll talk you through a gentle hamstring stretch that can ease a tight lower back, and I'll time every hold for you.",
  'welcome.back': 'Welcome back.',

  'menu.question': 'You can stretch sitting on a chair, standing up, or lying on your back. Which would you like?',
  'menu.reprompt': 'Which stretch would you like: sitting, standing, or lying on your back?',
  'menu.needVariant': 'First, let’s pick a stretch.',
  'menu.unknownVariant': 'I can guide three stretches: sitting, standing, or lying on your back.',

  'usual.question': 'Shall we do your usual {{variant}} stretch, with {{count}} second holds?',
  'usual.reprompt': 'Say yes for your usual {{variant}} stretch, or name another one: sitting, standing, or lying down.',

  'resume.question':
    'Last time, you stopped partway through the {{variant}} stretch, on your {{leg}} leg. Would you like to carry on from there?',
  'resume.reprompt': 'Say yes to carry on where you stopped, or no to start fresh.',
  'resume.accepted': "Good. Let's pick up where you left off.",
  'resume.declined': "All right, we'll start fresh.",

  'longer.question':
    "You've held each stretch for {{count}} seconds in your last {{sessions}} sessions. Would you like to try {{longer}} seconds today?",
  'longer.reprompt': 'Say yes to hold for {{longer}} seconds, or no to stay at {{count}}.',
  'longer.accepted': 'Great. {{count}} seconds it is.',
  'longer.declined': "Fine. We'll stay at {{count}} seconds.",

  'variantName.SITTING': 'sitting',
  'variantName.STANDING': 'standing',
  'variantName.LYING': 'lying-down',
  'legName.right': 'right',
  'legName.left': 'left',

  'routine.start':
    "Here's the {{variant}} stretch. We'll do {{rounds}} rounds on each leg, and hold each one for {{count}} seconds. I'll take you through it one step at a time.",
  'routine.alreadyDoing': "We're doing the {{variant}} stretch now.",
  'routine.startOver': "Let's start the {{variant}} stretch again from the top.",
  'routine.carryOn': "Let's carry on.",
  'routine.firstStep': "That's the first step.",
  'routine.skipHold': 'Okay, we’ll move on.',
  'routine.redoHold': "Let's do that hold again.",
  'routine.noRush': 'No rush. Take your time.',

  'step.askReady': "Say ready when you're there.",
  'step.reprompt': "Take your time. Say ready when you're in position, or say repeat to hear that step again.",

  'setup.SITTING.0':
    'First, find a firm chair, a bench, or the edge of your bed. It helps if the seat is a little higher than usual. Sit near the front edge.',
  'setup.SITTING.1':
    'Now your {{leg}} leg. Stretch it out in front of you, with the heel on the floor or on a low stool. Keep your other foot flat on the floor.',
  'setup.SITTING.2': 'Point the toes of your {{leg}} foot up toward the ceiling. Keep that knee as straight as you can.',
  'setup.SITTING.3': 'Sit up tall, with your back straight. Lift your chest a little.',
  'setup.SITTING.4':
    'Now lean forward slowly from your hips. Your back stays straight, never rounded. Your chest goes forward, and your bottom goes gently back. Stop when you feel a strong but comfortable stretch behind your {{leg}} thigh.',

  'setup.STANDING.0':
    'First, find something sturdy and a little raised, like a low step or a stool. Stand facing it. If you need help with balance, hold on to a wall or a counter.',
  'setup.STANDING.1': 'Rest your {{leg}} heel up on the step. Point your toes up.',
  'setup.STANDING.2': 'Straighten both knees, but do not lock them.',
  'setup.STANDING.3': 'Stand tall, with your back straight. Lift your chest a little.',
  'setup.STANDING.4':
    'Now lean forward slowly from your hips. Keep your back flat, never rounded. Stop when you feel a strong but comfortable stretch behind your {{leg}} thigh.',

  'setup.LYING.0': 'First, lie down on your back, on the floor or on a firm bed. Let both legs rest out straight.',
  'setup.LYING.1': 'Bend your {{leg}} knee up toward your chest. Your other leg stays long on the floor.',
  'setup.LYING.2':
    "Lace your fingers behind your {{leg}} knee. If you can't reach, loop a belt or a towel around that foot and hold both ends.",
  'setup.LYING.3':
    'Now slowly straighten your {{leg}} knee toward the ceiling, only as far as is comfortable. Keep your back flat on the floor. You should feel a strong stretch behind your knee and thigh.',

  'switch.SITTING.0':
    'Sit back up slowly. Bring your {{otherLeg}} foot back in. Now stretch your {{leg}} leg out in front of you, toes up, knee straight.',
  'switch.SITTING.1':
    'Sit tall. Then lean forward slowly from your hips, back straight, until you feel the stretch behind your {{leg}} thigh.',
  'switch.STANDING.0':
    'Stand up tall slowly. Lower your {{otherLeg}} foot to the floor. Now rest your {{leg}} heel on the step, toes up.',
  'switch.STANDING.1':
    'Keep both knees straight. Lean forward slowly from your hips, back flat, until you feel the stretch behind your {{leg}} thigh.',
  'switch.LYING.0':
    'Gently lower your {{otherLeg}} leg to the floor. Now bend your {{leg}} knee up toward your chest. Lace your fingers behind it.',
  'switch.LYING.1': 'Slowly straighten your {{leg}} knee toward the ceiling. Keep your back flat on the floor.',

  'hold.leadIn': 'Round {{round}} of {{rounds}}, {{leg}} leg. Hold it there for {{count}} seconds.',
  'hold.leadInResumed': 'Back into your stretch, {{leg}} leg. Hold it there for {{count}} more seconds.',
  'hold.cue.halfway': 'Halfway there.',
  'hold.cue.secondsLeft': '{{count}} seconds to go.',
  'hold.cue.fiveLeft': 'Five more seconds.',
  'hold.cue.breathe.0': 'Breathe out slowly.',
  'hold.cue.breathe.1': 'Keep breathing, nice and easy.',
  'hold.cue.breathe.2': 'Let your shoulders relax.',
  'form.SITTING.0': 'Keep your back long and straight.',
  'form.SITTING.1': 'Chest stays lifted.',
  'form.SITTING.2': 'Toes still pointing up.',
  'form.STANDING.0': 'Keep your back flat.',
  'form.STANDING.1': 'Knees stay straight.',
  'form.STANDING.2': 'Chest stays lifted.',
  'form.LYING.0': 'Keep your back flat on the floor.',
  'form.LYING.1': 'Your other leg stays long.',
  'form.LYING.2': 'Keep the stretch gentle.',
  'hold.release': 'And release. Gently come out of the stretch.',
  'hold.askNext': 'Ready for round {{round}}, with your {{leg}} leg?',
  'hold.repromptNext': 'Say ready when you want to stretch your {{leg}} leg.',
  'hold.askFinish': 'That was your last hold. Are you out of the stretch and ready to finish?',
  'hold.repromptFinish': "Say done when you're out of the stretch.",

  'pause.hold': 'Paused, with {{count}} seconds left on your {{leg}} leg. Relax for now.',
  'pause.waiting': "Okay, I'll wait.",
  'pause.ask': 'Say resume when you want to carry on.',

  'holdTime.set': "Okay. I'll time each hold for {{count}} seconds.",
  'holdTime.clamped': 'A hold can be from 20 to 60 seconds, so I’ll use {{count}} seconds.',
  'holdTime.missing': 'I didn’t catch the number. You can choose anywhere from 20 to 60 seconds. For example, say: hold for 45 seconds.',

  'pace.slower': "Okay, I'll speak more slowly.",
  'pace.faster': "Okay, I'll speak a little faster.",
  'pace.slowest': 'This is already my slowest pace.',
  'pace.fastest': 'This is already my fastest pace.',

  'pain.stop':
    "Let's stop right here. Gently ease out of the stretch and rest. A stretch should never push into pain. If the pain doesn't go away, please see your doctor.",

  'forget.confirm': 'Should I forget everything I know about you, including your preferences and your progress? Please say yes or no.',
  'forget.reprompt': 'Should I delete your data? Say yes or no.',
  'forget.done': "Done. I've deleted everything I kept about you. Goodbye.",
  'forget.kept': "Okay, I've kept everything.",
  'forget.failed': "Sorry, I couldn't delete your data just now. Nothing has changed. Please try again later by saying: forget me.",

  'wrapUp.done': "That's the whole stretch, {{rounds}} rounds on each leg. Well done.",
  'wrapUp.streak': "That's {{count}} days in a row.",
  'wrapUp.tip': 'Stretching your hamstrings regularly can help your lower back feel better.',
  'wrapUp.goodbye': 'Take care, and see you next time.',

  'stop.goodbye': "Okay, we'll stop here. Goodbye.",
  'stop.placeKept': 'Your place is saved. Open Hamstring Coach again when you want to carry on. Goodbye.',

  'help.about':
    'I guide you, by voice, through a hamstring stretch that can ease lower back pain. You can do it sitting on a chair, standing with one foot raised, or lying on your back, and I time every hold.',
  'help.step': "We're getting into position for the {{variant}} stretch. This is step {{step}} of {{steps}}.",
  'help.released': 'You have just finished a hold. Next is round {{round}}, with your {{leg}} leg.',
  'help.allHoldsDone': 'You have done all your holds. Ease out of the stretch, then say done to finish.',
  'help.paused': 'The stretch is paused, with {{count}} seconds left on your {{leg}} leg.',
  'help.question': "I've asked you a question. You can answer yes or no.",
  'help.variant.SITTING': "If your heel doesn't reach a stool, resting it on the floor works just as well.",
  'help.variant.STANDING':
    'If lifting your foot is hard, you can instead bend forward from your hips and rest your elbows on a counter or a table.',
  'help.variant.LYING': "If you can't reach behind your knee, a belt or a towel around your foot works well.",
  'help.commands':
    'As we go, you can say ready, repeat, go back, pause, or start over. You can also say, hold for 45 seconds, or, speak slower. If anything hurts, say: it hurts.',

  'error.spoken': "Sorry, something went wrong on my side. Please say that again, or say help.",
  'error.reprompt': 'Please say that again, or say help.',

  'fallback.intro': "Sorry, I didn't get that.",
  'fallback.menu': 'You can say sitting, standing, or lying down.',
  'fallback.step': 'You can say ready, repeat, go back, or it hurts.',
  'fallback.paused': 'You can say resume, or stop.',
  'fallback.question': 'Please say yes or no.',
} as const;

export type SpeechKey = keyof typeof enUS;
