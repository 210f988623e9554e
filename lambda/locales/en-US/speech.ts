/**
 * Everything Hamstring Coach says in US English. Facts come from the source
 * article (three ways to stretch; back straight, never rounded; chest and
 * bottom out; hold at least 20 seconds and up to a minute; a belt helps if you
 * can't reach; check with a doctor first, especially after spinal surgery);
 * the wording is ours. Written for people who cannot see a screen: one action
 * per turn, the body part first, short sentences, no jargon.
 *
 * Keys are flat so that `SpeechKey` can be derived from this object and every
 * key used in code is checked by the compiler. Keys ending in .0, .1, .2 are
 * wordings taken in turn, so no two holds or sessions sound the same.
 */
export const enUS = {
  'notice.doctor': 'Please check with your doctor first, especially after back surgery.',

  'welcome.new': "Welcome to Hamstring Coach. I'll guide a gentle stretch for your lower back.",
  'welcome.back': 'Welcome back.',

  'menu.question': 'Would you like to stretch sitting, standing, or lying down?',
  'menu.reprompt': 'Which stretch would you like: sitting, standing, or lying down?',
  'menu.needVariant': "First, let's pick a stretch.",

  'offer.usual': 'Your usual {{variant}} stretch, holding for {{length}}?',
  'offer.usualReprompt': 'Say yes for your usual stretch, or choose sitting, standing, or lying down.',
  'offer.gentle': 'Would you like to try it lying on your back?',
  'offer.gentleReprompt': 'Say yes to stretch lying on your back, or no to choose another way.',
  'offer.seated': 'Shall we do it sitting on a chair instead?',
  'offer.seatedReprompt': 'Say yes to stretch sitting on a chair, or no to choose another way.',

  'resume.question': 'You stopped partway through the {{variant}} stretch last time. Carry on from there?',
  'resume.reprompt': 'Say yes to carry on where you stopped, or no to start fresh.',
  'resume.accepted': "Good. You've done {{done}} of {{total}} holds. Let's get back into position.",
  'resume.acceptedNoHolds': "Good. Let's get back into position.",
  'resume.declined': "All right, we'll start fresh.",

  'longer.question': "You've held for {{length}} {{sessions}} times running. Try {{longer}} today?",
  'longer.reprompt': 'Say yes to hold for {{longer}}, or no to stay at {{length}}.',
  'longer.accepted': 'Great. {{length}} it is.',
  'longer.declined': "Fine. We'll stay at {{length}}.",

  'variantName.SITTING': 'sitting',
  'variantName.STANDING': 'standing',
  'variantName.COUNTER': 'counter',
  'variantName.LYING': 'lying-down',
  'legName.right': 'right',
  'legName.left': 'left',
  'legName.both': 'both',
  'legPhrase.right': 'right leg',
  'legPhrase.left': 'left leg',
  'legPhrase.both': 'both legs',
  'length.seconds': '{{count}} seconds',
  'length.oneMinute': 'one minute',

  'routine.start': "Here's the {{variant}} stretch: {{rounds}} rounds on each leg, holding for {{length}}. One step at a time.",
  'routine.startBothLegs': "Here's the {{variant}} stretch: {{rounds}} rounds, holding for {{length}}. One step at a time.",
  'routine.alreadyDoing': "We're doing the {{variant}} stretch now.",
  'routine.startOver': "Let's start the {{variant}} stretch again from the top.",
  'routine.carryOn': "Let's carry on.",
  'routine.firstStep': "That's the first step.",
  'routine.skipHold': 'Okay, we’ll move on.',
  'routine.redoHold': "Let's do that hold again. Get back into position.",
  'routine.noRush': 'No rush. Take your time.',

  'step.askReady': "Say ready when you're there.",
  'step.reprompt': "Say ready when you're in position, or say repeat to hear the step again.",

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
  'setup.STANDING.3': 'Stand tall, with your back straight. Let your chest and your bottom stick out a little.',
  'setup.STANDING.4':
    'Now lean forward slowly from your hips. Keep your back flat, never rounded. Stop when you feel a strong but comfortable stretch behind your {{leg}} thigh.',

  'setup.COUNTER.0': 'First, stand facing a kitchen counter or a sturdy table, a small step back from it.',
  'setup.COUNTER.1': 'Straighten both knees, but do not lock them.',
  'setup.COUNTER.2': 'Stand tall, with your back straight. Let your chest and your bottom stick out a little.',
  'setup.COUNTER.3':
    'Now bend forward slowly from your hips, and rest your elbows on the counter. Keep your back flat, never rounded. Stop when you feel a strong but comfortable stretch behind your thighs.',

  'setup.LYING.0': 'First, lie down on your back, on the floor or on a firm bed. Let both legs rest out straight.',
  'setup.LYING.1': 'Bend your {{leg}} knee up toward your chest. Your other leg stays long.',
  'setup.LYING.2':
    "Lace your fingers behind your {{leg}} knee. If you can't reach, loop a belt or a towel around that foot and hold both ends.",
  'setup.LYING.3':
    'Now slowly straighten your {{leg}} knee toward the ceiling, only as far as is comfortable. Keep your back flat. You should feel a strong stretch behind your knee and thigh.',

  'switch.SITTING.0': 'Slowly sit back up, and bring your {{otherLeg}} foot back in.',
  'switch.SITTING.1': 'Now stretch your {{leg}} leg out in front of you, heel down, toes pointing up, knee straight.',
  'switch.SITTING.2':
    'Sit tall. Then lean forward slowly from your hips, back straight, until you feel the stretch behind your {{leg}} thigh.',
  'switch.STANDING.0': 'Slowly stand up tall, and lower your {{otherLeg}} foot to the floor.',
  'switch.STANDING.1': 'Now rest your {{leg}} heel on the step, toes pointing up, both knees straight.',
  'switch.STANDING.2':
    'Chest and bottom gently out. Lean forward slowly from your hips, back flat, until you feel the stretch behind your {{leg}} thigh.',
  'switch.COUNTER.0': 'Slowly lift your elbows, and stand up tall.',
  'switch.COUNTER.1':
    'Now bend forward again from your hips, and rest your elbows on the counter. Back flat, chest and bottom gently out.',
  'switch.LYING.0': 'Gently lower your {{otherLeg}} leg to the floor.',
  'switch.LYING.1':
    "Now bend your {{leg}} knee up, and lace your fingers behind it. If you can't reach, loop a belt or a towel around that foot.",
  'switch.LYING.2': 'Slowly straighten your {{leg}} knee toward the ceiling, only as far as is comfortable. Keep your back flat.',

  'hold.leadIn': 'Round {{round}} of {{rounds}}, {{legPhrase}}. Hold it there for {{length}}.',
  'hold.leadInResumed': 'Back into your stretch, {{legPhrase}}. Hold it there for {{length}} more.',
  'hold.cue.halfway.0': 'Halfway there.',
  'hold.cue.halfway.1': "You're halfway.",
  'hold.cue.halfway.2': "That's halfway.",
  'hold.cue.secondsLeft': '{{count}} seconds to go.',
  'hold.cue.fiveLeft.0': 'Five more seconds.',
  'hold.cue.fiveLeft.1': 'Just five seconds left.',
  'hold.cue.fiveLeft.2': 'Five seconds to go.',
  'hold.cue.breathe.0': 'Breathe out slowly.',
  'hold.cue.breathe.1': 'Keep breathing, nice and easy.',
  'hold.cue.breathe.2': 'Let your shoulders relax.',
  'form.SITTING.0': 'Keep your back long and straight.',
  'form.SITTING.1': 'Chest stays lifted.',
  'form.SITTING.2': 'Toes still pointing up.',
  'form.SITTING.3': 'Knee as straight as is comfortable.',
  'form.STANDING.0': 'Keep your back flat.',
  'form.STANDING.1': 'Knees stay straight.',
  'form.STANDING.2': 'Chest and bottom gently out.',
  'form.STANDING.3': 'Toes still pointing up.',
  'form.COUNTER.0': 'Keep your back flat.',
  'form.COUNTER.1': 'Knees stay straight.',
  'form.COUNTER.2': 'Chest and bottom gently out.',
  'form.COUNTER.3': 'Let your elbows rest on the counter.',
  'form.LYING.0': 'Keep your back flat.',
  'form.LYING.1': 'Your other leg stays long.',
  'form.LYING.2': 'Keep the stretch gentle.',
  'form.LYING.3': 'Knee only as straight as is comfortable.',
  'hold.release.0': 'And release. Gently come out of the stretch.',
  'hold.release.1': 'And release. Ease out of it slowly.',
  'hold.release.2': 'Now release, nice and gently.',
  'hold.praise.0': 'Well done.',
  'hold.praise.1': 'Nicely done.',
  'hold.praise.2': 'Good work.',
  'hold.askNext': 'Ready for round {{round}}, with your {{legPhrase}}?',
  'hold.repromptNext': 'Say ready when you want to stretch your {{legPhrase}}.',
  'hold.askNextBothLegs': 'Ready for round {{round}}?',
  'hold.repromptNextBothLegs': 'Say ready when you want to stretch again.',
  'hold.askFinish': 'That was your last hold. Are you out of the stretch and ready to finish?',
  'hold.repromptFinish': "Say done when you're out of the stretch.",

  'pause.hold':
    'Paused, with {{length}} left on your {{legPhrase}}. Say resume to carry on now, or later, say: Alexa, open Hamstring Coach.',
  'pause.holdBothLegs': 'Paused, with {{length}} left. Say resume to carry on now, or later, say: Alexa, open Hamstring Coach.',
  'pause.placeKept': 'Okay, paused. Say resume to carry on now, or later, say: Alexa, open Hamstring Coach.',
  'pause.notStarted': "Okay. Say resume when you're ready, or come back any time and say: Alexa, open Hamstring Coach.",
  'pause.reprompt': 'Say resume when you want to carry on.',
  'pause.menu': "Okay. Whenever you're ready, say: Alexa, open Hamstring Coach. Goodbye.",

  'holdTime.set': 'Okay. Each hold will be {{length}}.',
  'holdTime.tooShort': 'The shortest hold is 20 seconds, so I’ll use 20 seconds.',
  'holdTime.tooLong': 'The longest hold is one minute, so I’ll use one minute.',
  'holdTime.missing': 'I didn’t catch how long. A hold can be from 20 seconds to one minute. For example, say: hold for 45 seconds.',

  'pace.slower': "Okay, I'll speak more slowly.",
  'pace.faster': "Okay, I'll speak a little faster.",
  'pace.slowest': 'This is already my slowest pace.',
  'pace.fastest': 'This is already my fastest pace.',

  'pain.stop':
    "Let's stop right here. Gently ease out of the stretch and rest. A stretch should never push into pain. If the pain doesn't go away, please see your doctor.",
  'pain.beforeStretch':
    "I'm sorry your back hurts. This is a gentle stretch, and you should stop at once if anything hurts.",
  'unwell.stop':
    "Let's stop right now. Slowly sit or lie down somewhere safe, and rest. If the feeling doesn't pass, please get help.",
  'needHelp.answer':
    "I can't call anyone for you. If you've set up calling on your Alexa, say: Alexa, call, and the name of someone you trust. In an emergency, use a phone to call emergency services.",

  'obstacle.noStep': "No step? Then we'll do the standing stretch with your elbows on a counter.",
  'obstacle.noStepNeeded': "You won't need a step for this stretch.",
  'obstacle.cantStand': "Then let's stretch sitting on a chair.",
  'obstacle.noStandingNeeded': "You won't need to stand for this stretch.",
  'obstacle.cantGetDown':
    'No need to get down on the floor. You can stretch sitting on a chair, or lying on a firm bed.',
  'obstacle.bedWorks': 'A firm bed works just as well as the floor.',
  'obstacle.noFloorNeeded': "You won't need to get down on the floor for this stretch.",
  'obstacle.cantReach': "If you can't reach your leg, loop a belt or a towel around your foot, and hold one end in each hand.",
  'obstacle.noBelt': 'A towel, a scarf, or a dressing-gown cord works just as well as a belt.',

  'progress.routine': "You're on round {{round}} of {{rounds}}, {{legPhrase}}. {{done}} of {{total}} holds are done, each {{length}}.",
  'progress.paused': 'Your {{legPhrase}} has {{length}} left. {{done}} of {{total}} holds are done.',
  'progress.pausedBothLegs': 'This hold has {{length}} left. {{done}} of {{total}} holds are done.',
  'progress.notStarted': "We haven't started a stretch yet. Each hold will be {{length}}.",

  'forget.confirm': 'Should I forget everything I know about you, including your progress?',
  'forget.reprompt': 'Should I delete your data? Please say yes or no.',
  'forget.done': "Done. I've deleted everything I kept about you. Goodbye.",
  'forget.kept': "Okay, I've kept everything.",
  'forget.failed': "Sorry, I couldn't delete your data just now. Nothing has changed. Please try again later by saying: forget me.",

  'wrapUp.done.0': "That's the whole stretch. Well done.",
  'wrapUp.done.1': "And that's your stretch finished. Nicely done.",
  'wrapUp.done.2': 'All your holds are done. Good work today.',
  'wrapUp.streak': "That's {{count}} days in a row.",
  'wrapUp.tip.0': 'Stretching your hamstrings regularly can help your lower back.',
  'wrapUp.tip.1': 'A little stretching each day can ease a tight lower back.',
  'wrapUp.tip.2': 'Loose hamstrings can help your lower back feel better.',
  'wrapUp.goodbye.0': 'Take care, and see you next time.',
  'wrapUp.goodbye.1': 'Rest a moment before you get up. Goodbye.',
  'wrapUp.goodbye.2': 'See you tomorrow, I hope. Goodbye.',

  'stop.goodbye': "Okay, we'll stop here. Goodbye.",
  'stop.placeKept': 'Your place is saved. Say, Alexa, open Hamstring Coach, when you want to carry on. Goodbye.',

  'help.menu': "I'll guide a gentle hamstring stretch for your lower back, one step at a time, and time each hold.",
  'help.step':
    "This is step {{step}} of {{steps}}, getting into position. Say ready when you're there, repeat to hear it again, or go back. If anything hurts, say: it hurts.",
  'help.released': "You've finished a hold. Say ready for your {{legPhrase}}, or stop to finish for today.",
  'help.releasedBothLegs': "You've finished a hold. Say ready for the next round, or stop to finish for today.",
  'help.allHoldsDone': "All your holds are done. Ease out of the stretch, then say done.",
  'help.paused': 'The stretch is paused. Say resume to carry on, or stop to finish for now.',
  'help.question': 'Please answer yes or no.',

  'recover.sorry': "Sorry, I didn't catch that.",
  'recover.offerHelp': "If you're not sure what to say, just say: help.",
  'recover.giveUp': "Let's leave it there for now. Say, Alexa, open Hamstring Coach, whenever you're ready. Goodbye.",
  'recover.giveUpPlaceKept':
    "Let's leave it there for now. Your place is saved: say, Alexa, open Hamstring Coach, when you want to carry on. Goodbye.",

  'time.onTheHour': '{{hour12}} {{period}}',
  'time.withMinutes': '{{hour12}}:{{minuteTens}}{{minuteOnes}} {{period}}',
  'time.am': 'AM',
  'time.pm': 'PM',

  'reminder.offer': 'Would you like me to remind you to stretch every day at this time?',
  'reminder.offerReprompt': 'Say yes for a daily reminder, or no.',
  'reminder.askTime': 'What time should I remind you each day?',
  'reminder.askTimeReprompt': 'Tell me a time, for example: nine in the morning.',
  'reminder.askTimeAgain': "Sorry, I didn't catch the time. What time each day?",
  'reminder.confirm': "I'll remind you every day at {{time}}. Is that right?",
  'reminder.confirmReprompt': 'Should I remind you every day at {{time}}? Please say yes or no.',
  'reminder.set': "Done. I'll remind you to stretch every day at {{time}}.",
  'reminder.updated': 'Done. Your daily reminder is now at {{time}}.',
  'reminder.declined': 'Okay, no reminder.',
  'reminder.status': 'Your daily stretch reminder is set for {{time}}.',
  'reminder.none': "You don't have a daily reminder. You can say: remind me every day at nine.",
  'reminder.cancelled': "Okay, I've cancelled your daily reminder.",
  'reminder.cancelledNone': "You don't have a daily reminder to cancel.",
  'reminder.permissionDenied': 'Okay, no reminder. If you change your mind, you can allow reminders in the Alexa app.',
  'reminder.permissionCard': "I've sent a card to your Alexa app where you can allow reminders. Then ask me again.",
  'reminder.failed.unsupportedDevice': "Sorry, this device can't keep reminders.",
  'reminder.failed.tooMany': 'You have too many reminders already. Please delete one in the Alexa app, then ask me again.',
  'reminder.failed.unavailable': "Sorry, I couldn't reach your reminders just now. Please try again later.",
  'reminder.failed.rejected': "Sorry, I couldn't set that reminder.",
  'reminder.alertText': 'Time for your hamstring stretch. Say: Alexa, open Hamstring Coach.',

  'screen.title': 'Hamstring Coach',
  'screen.choose': 'Choose a stretch',
  'screen.variant.SITTING': 'Sitting',
  'screen.variant.STANDING': 'Standing',
  'screen.variant.COUNTER': 'At a counter',
  'screen.variant.LYING': 'Lying down',
  'screen.stepOf': 'Step {{step}} of {{steps}}',
  'screen.roundOf': 'Round {{round}} of {{rounds}}',
  'screen.leg.right': 'Right leg',
  'screen.leg.left': 'Left leg',
  'screen.leg.both': 'Both legs',
  'screen.hold': 'Hold',
  'screen.release': 'Release',
  'screen.wellDone': 'Well done',
  'screen.streak': '{{count}} days in a row',
  'screen.paused': 'Paused',
  'screen.help': 'Help',
  'screen.safety': 'Stop and rest',
  'screen.button.ready': 'Ready',
  'screen.button.repeat': 'Repeat',
  'screen.button.pause': 'Pause',
  'screen.button.stop': 'Stop',

  'error.spoken': 'Sorry, something went wrong on my side. Please say that again, or say help.',
  'error.reprompt': 'Please say that again, or say help.',
} as const;
