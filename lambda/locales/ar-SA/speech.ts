/**
 * Everything Hamstring Coach says in Arabic for Saudi Arabia and the Emirates:
 * Modern Standard Arabic as Alexa speaks it, polite and warm ("من فضلك",
 * "أحسنت", "إن شاء الله"). Arabic has no gender-free "you": the coach speaks to
 * the listener in the masculine singular, MSA's usual form for someone it
 * cannot see, and uses verbal nouns where they read as naturally ("جلوسًا",
 * "وقوفًا", "استلقاءً"). Words the user says to Alexa are in the feminine
 * imperative, as Arabic speakers address her ("كرري", "تابعي", "توقفي").
 *
 * Counted nouns change form with the number in Arabic (ثانيتان، ثلاث ثوانٍ،
 * عشرون ثانية), and a placeholder cannot: so counts stand where no noun follows
 * them ("الجولة 1 من 2", "عدد الجولات 2", "الثواني المتبقية: 10"). A length of
 * time is the one counted noun that cannot be avoided ({{length}} is one phrase in
 * every line that says how long): "length.seconds" has a form per plural category,
 * which i18next picks by the count. A hold is 20 to 60 seconds ("ثانية"); what is
 * left of a paused hold can be 3 to 10 ("ثوانٍ").
 *
 * A leg's name ({{leg}}, {{otherLeg}}) always follows a feminine noun (ساق،
 * قدم، ركبة), so "اليمنى" and "اليسرى" always agree.
 */
import type { Speech } from '../speech';

const OPEN = 'أليكسا، افتحي مدرب الإطالة';

export const speech: Speech = {
  'notice.doctor': 'من فضلك، استشر طبيبك أولًا، خاصةً إذا أجريت عملية جراحية في الظهر.',

  'welcome.new': 'أهلًا بك في مدرب الإطالة. سأرشدك خلال تمرين إطالة لطيف لأسفل ظهرك.',
  'welcome.back': 'أهلًا بعودتك.',

  'menu.question': 'هل تودّ أداء الإطالة جلوسًا، أم وقوفًا، أم استلقاءً؟',
  'menu.reprompt': 'أيّ تمرين إطالة تفضّل: جلوسًا، أم وقوفًا، أم استلقاءً؟',
  'menu.needVariant': 'أولًا، لنختر تمرين الإطالة.',

  'offer.usual': 'تمرين الإطالة المعتاد {{variant}}، مع الثبات لمدة {{length}}؟',
  'offer.usualReprompt': 'قل نعم لتمرينك المعتاد، أو اختر: جلوسًا، أو وقوفًا، أو استلقاءً.',
  'offer.gentle': 'هل تودّ أن تجرّبه مستلقيًا على ظهرك؟',
  'offer.gentleReprompt': 'قل نعم للإطالة مستلقيًا على ظهرك، أو لا لاختيار طريقة أخرى.',
  'offer.seated': 'ما رأيك أن نؤديه جالسًا على كرسي بدلًا من ذلك؟',
  'offer.seatedReprompt': 'قل نعم للإطالة جالسًا على كرسي، أو لا لاختيار طريقة أخرى.',

  'resume.question': 'في المرة الماضية توقفت في منتصف تمرين الإطالة {{variant}}. هل نكمل من حيث توقفت؟',
  'resume.reprompt': 'قل نعم لنكمل من حيث توقفت، أو لا لنبدأ من جديد.',
  'resume.accepted': 'جيد. أنهيت {{done}} من {{total}} من مرات الثبات. لنعد إلى الوضعية.',
  'resume.acceptedNoHolds': 'جيد. لنعد إلى الوضعية.',
  'resume.declined': 'حسنًا، سنبدأ من جديد.',

  'longer.question': 'حافظت على الثبات لمدة {{length}} للمرة {{sessions}} على التوالي. هل تجرّب {{longer}} اليوم؟',
  'longer.reprompt': 'قل نعم للثبات لمدة {{longer}}، أو لا للبقاء على {{length}}.',
  'longer.accepted': 'رائع. اتفقنا على {{length}}.',
  'longer.declined': 'لا بأس. سنبقى على {{length}}.',

  'variantName.SITTING': 'جلوسًا',
  'variantName.STANDING': 'وقوفًا',
  'variantName.COUNTER': 'وقوفًا عند طاولة المطبخ',
  'variantName.LYING': 'استلقاءً',
  'legName.right': 'اليمنى',
  'legName.left': 'اليسرى',
  'legName.both': 'كلتاهما',
  'legPhrase.right': 'الساق اليمنى',
  'legPhrase.left': 'الساق اليسرى',
  'legPhrase.both': 'الساقان معًا',
  // 11 and more (and the plain key for any category without its own line).
  'length.seconds': '{{count}} ثانية',
  'length.seconds_one': 'ثانية واحدة',
  'length.seconds_two': 'ثانيتان',
  // 3 to 10.
  'length.seconds_few': '{{count}} ثوانٍ',
  'length.oneMinute': 'دقيقة واحدة',

  'routine.start': 'إليك تمرين الإطالة {{variant}}: عدد الجولات {{rounds}} لكل ساق، والثبات لمدة {{length}}. خطوة بخطوة.',
  'routine.startBothLegs': 'إليك تمرين الإطالة {{variant}}: عدد الجولات {{rounds}}، والثبات لمدة {{length}}. خطوة بخطوة.',
  'routine.alreadyDoing': 'نحن نؤدي الآن تمرين الإطالة {{variant}}.',
  'routine.startOver': 'لنبدأ تمرين الإطالة {{variant}} من البداية.',
  'routine.carryOn': 'لنتابع.',
  'routine.firstStep': 'هذه هي الخطوة الأولى.',
  'routine.skipHold': 'حسنًا، سننتقل إلى ما بعدها.',
  'routine.redoHold': 'لنكرر هذا الثبات مرة أخرى. عُد إلى الوضعية.',
  'routine.noRush': 'لا داعي للعجلة. خذ وقتك.',

  'step.askReady': 'قل: جاهز، عندما تصل إلى الوضعية.',
  'step.reprompt': 'قل: جاهز، عندما تكون في الوضعية، أو قل: كرري، لتسمع الخطوة مرة أخرى.',

  'setup.SITTING.0':
    'أولًا، ابحث عن كرسي ثابت، أو مقعد، أو حافة سريرك. من الأفضل أن يكون المقعد أعلى قليلًا من المعتاد. اجلس قرب حافته الأمامية.',
  'setup.SITTING.1':
    'الآن، ساقك {{leg}}. مُدّها أمامك، والكعب على الأرض أو على مسند قدم منخفض. أبقِ قدمك الأخرى مستوية على الأرض.',
  'setup.SITTING.2': 'وجّه أصابع قدمك {{leg}} إلى الأعلى نحو السقف. أبقِ تلك الركبة مستقيمة قدر استطاعتك.',
  'setup.SITTING.3': 'اجلس منتصبًا، وظهرك مستقيم. ارفع صدرك قليلًا.',
  'setup.SITTING.4':
    'الآن مِل بجذعك إلى الأمام ببطء من الوركين. يبقى ظهرك مستقيمًا، دون تقوّس أبدًا. يتقدم صدرك إلى الأمام، وترجع أردافك إلى الخلف بلطف. توقف عندما تشعر بإطالة قوية لكن مريحة خلف الفخذ في ساقك {{leg}}.',

  'setup.STANDING.0':
    'أولًا، ابحث عن شيء ثابت ومرتفع قليلًا، مثل درجة منخفضة أو كرسي صغير. قف في مواجهته. إذا احتجت إلى مساعدة في التوازن، فاستند إلى جدار أو إلى طاولة المطبخ.',
  'setup.STANDING.1': 'ضع كعب قدمك {{leg}} على الدرجة. وجّه أصابع قدمك إلى الأعلى.',
  'setup.STANDING.2': 'افرد ركبتيك كلتيهما، لكن دون أن تقفلهما.',
  'setup.STANDING.3': 'قف منتصبًا، وظهرك مستقيم. دع صدرك وأردافك تبرز إلى الخارج قليلًا.',
  'setup.STANDING.4':
    'الآن مِل بجذعك إلى الأمام ببطء من الوركين. أبقِ ظهرك مستويًا، دون تقوّس أبدًا. توقف عندما تشعر بإطالة قوية لكن مريحة خلف الفخذ في ساقك {{leg}}.',

  'setup.COUNTER.0': 'أولًا، قف في مواجهة طاولة المطبخ أو طاولة ثابتة، على بُعد خطوة صغيرة منها.',
  'setup.COUNTER.1': 'افرد ركبتيك كلتيهما، لكن دون أن تقفلهما.',
  'setup.COUNTER.2': 'قف منتصبًا، وظهرك مستقيم. دع صدرك وأردافك تبرز إلى الخارج قليلًا.',
  'setup.COUNTER.3':
    'الآن انحنِ إلى الأمام ببطء من الوركين، وأسند مرفقيك على الطاولة. أبقِ ظهرك مستويًا، دون تقوّس أبدًا. توقف عندما تشعر بإطالة قوية لكن مريحة خلف فخذيك.',

  'setup.LYING.0': 'أولًا، استلقِ على ظهرك، على الأرض أو على سرير صلب. دع ساقيك ممدودتين ومرتاحتين.',
  'setup.LYING.1': 'اثنِ ركبتك {{leg}} نحو صدرك. تبقى ساقك الأخرى ممدودة.',
  'setup.LYING.2':
    'شبّك أصابعك خلف ركبتك {{leg}}. إذا لم تصل إليها، فلُفّ حزامًا أو منشفة حول تلك القدم، وأمسك الطرفين.',
  'setup.LYING.3':
    'الآن افرد ركبتك {{leg}} ببطء نحو السقف، فقط بالقدر المريح. أبقِ ظهرك مستويًا. يُفترض أن تشعر بإطالة قوية خلف ركبتك وفخذك.',

  'switch.SITTING.0': 'اعتدل في جلستك ببطء، وأرجع قدمك {{otherLeg}} إلى مكانها.',
  'switch.SITTING.1': 'الآن مُدّ ساقك {{leg}} أمامك: الكعب على الأرض، والأصابع إلى الأعلى، والركبة مستقيمة.',
  'switch.SITTING.2':
    'اجلس منتصبًا. ثم مِل إلى الأمام ببطء من الوركين، وظهرك مستقيم، حتى تشعر بالإطالة خلف الفخذ في ساقك {{leg}}.',
  'switch.STANDING.0': 'قف منتصبًا ببطء، وأنزل قدمك {{otherLeg}} إلى الأرض.',
  'switch.STANDING.1': 'الآن ضع كعب قدمك {{leg}} على الدرجة: الأصابع إلى الأعلى، والركبتان مستقيمتان.',
  'switch.STANDING.2':
    'الصدر والأرداف إلى الخارج بلطف. مِل إلى الأمام ببطء من الوركين، وظهرك مستوٍ، حتى تشعر بالإطالة خلف الفخذ في ساقك {{leg}}.',
  'switch.COUNTER.0': 'ارفع مرفقيك ببطء، وقف منتصبًا.',
  'switch.COUNTER.1':
    'الآن انحنِ إلى الأمام مرة أخرى من الوركين، وأسند مرفقيك على الطاولة. الظهر مستوٍ، والصدر والأرداف إلى الخارج بلطف.',
  'switch.LYING.0': 'أنزل ساقك {{otherLeg}} إلى الأرض بلطف.',
  'switch.LYING.1':
    'الآن اثنِ ركبتك {{leg}}، وشبّك أصابعك خلفها. إذا لم تصل إليها، فلُفّ حزامًا أو منشفة حول تلك القدم.',
  'switch.LYING.2': 'افرد ركبتك {{leg}} ببطء نحو السقف، فقط بالقدر المريح. أبقِ ظهرك مستويًا.',

  'hold.leadIn': 'الجولة {{round}} من {{rounds}}، {{legPhrase}}. اثبت على هذه الوضعية لمدة {{length}}.',
  'hold.leadInResumed': 'عُد إلى وضعية الإطالة، {{legPhrase}}. اثبت عليها لمدة {{length}} إضافية.',
  'hold.cue.halfway.0': 'وصلنا إلى المنتصف.',
  'hold.cue.halfway.1': 'أنت في منتصف الطريق.',
  'hold.cue.halfway.2': 'هذا هو المنتصف.',
  'hold.cue.secondsLeft': 'الثواني المتبقية: {{count}}.',
  'hold.cue.fiveLeft.0': 'خمس ثوانٍ أخرى.',
  'hold.cue.fiveLeft.1': 'بقيت خمس ثوانٍ فقط.',
  'hold.cue.fiveLeft.2': 'خمس ثوانٍ وننتهي.',
  'hold.cue.breathe.0': 'أخرج النفس ببطء.',
  'hold.cue.breathe.1': 'واصل التنفس بهدوء وراحة.',
  'hold.cue.breathe.2': 'دع كتفيك تسترخيان.',
  'form.SITTING.0': 'أبقِ ظهرك ممدودًا ومستقيمًا.',
  'form.SITTING.1': 'يبقى صدرك مرفوعًا.',
  'form.SITTING.2': 'أصابع قدمك ما زالت إلى الأعلى.',
  'form.SITTING.3': 'الركبة مستقيمة بالقدر المريح.',
  'form.STANDING.0': 'أبقِ ظهرك مستويًا.',
  'form.STANDING.1': 'تبقى الركبتان مستقيمتين.',
  'form.STANDING.2': 'الصدر والأرداف إلى الخارج بلطف.',
  'form.STANDING.3': 'أصابع قدمك ما زالت إلى الأعلى.',
  'form.COUNTER.0': 'أبقِ ظهرك مستويًا.',
  'form.COUNTER.1': 'تبقى الركبتان مستقيمتين.',
  'form.COUNTER.2': 'الصدر والأرداف إلى الخارج بلطف.',
  'form.COUNTER.3': 'دع مرفقيك مستندين على الطاولة.',
  'form.LYING.0': 'أبقِ ظهرك مستويًا.',
  'form.LYING.1': 'تبقى ساقك الأخرى ممدودة.',
  'form.LYING.2': 'اجعل الإطالة لطيفة.',
  'form.LYING.3': 'افرد الركبة فقط بالقدر المريح.',
  'hold.release.0': 'والآن استرخِ. اخرج من الإطالة بلطف.',
  'hold.release.1': 'والآن استرخِ. اخرج منها ببطء وهدوء.',
  'hold.release.2': 'الآن استرخِ، بكل لطف.',
  'hold.praise.0': 'أحسنت.',
  'hold.praise.1': 'عمل رائع.',
  'hold.praise.2': 'أداء جيد.',
  'hold.askNext': 'هل أنت جاهز للجولة {{round}}، مع {{legPhrase}}؟',
  'hold.repromptNext': 'قل: جاهز، عندما تريد إطالة {{legPhrase}}.',
  'hold.askNextBothLegs': 'هل أنت جاهز للجولة {{round}}؟',
  'hold.repromptNextBothLegs': 'قل: جاهز، عندما تريد الإطالة مرة أخرى.',
  'hold.askFinish': 'كانت هذه آخر مرة ثبات. هل خرجت من الإطالة وأنت جاهز للإنهاء؟',
  'hold.repromptFinish': 'قل: انتهيت، عندما تخرج من الإطالة.',

  'pause.hold': `توقفنا مؤقتًا، والمتبقي {{length}} على {{legPhrase}}. قل: تابعي، لتكمل الآن، أو لاحقًا قل: ${OPEN}.`,
  'pause.holdBothLegs': `توقفنا مؤقتًا، والمتبقي {{length}}. قل: تابعي، لتكمل الآن، أو لاحقًا قل: ${OPEN}.`,
  'pause.placeKept': `حسنًا، توقفنا مؤقتًا. قل: تابعي، لتكمل الآن، أو لاحقًا قل: ${OPEN}.`,
  'pause.notStarted': `حسنًا. قل: تابعي، عندما تكون جاهزًا، أو عُد في أي وقت وقل: ${OPEN}.`,
  'pause.reprompt': 'قل: تابعي، عندما تريد أن تكمل.',
  'pause.menu': `حسنًا. متى ما كنت جاهزًا، قل: ${OPEN}. مع السلامة.`,

  'holdTime.set': 'حسنًا. ستكون مدة كل ثبات {{length}}.',
  'holdTime.tooShort': 'أقصر مدة للثبات 20 ثانية، لذا سأستخدم 20 ثانية.',
  'holdTime.tooLong': 'أطول مدة للثبات دقيقة واحدة، لذا سأستخدم دقيقة واحدة.',
  'holdTime.missing': 'لم أفهم المدة. يمكن أن يستمر الثبات من 20 ثانية إلى دقيقة واحدة. مثلًا قل: الثبات لمدة 45 ثانية.',

  'pace.slower': 'حسنًا، سأتحدث ببطء أكثر.',
  'pace.faster': 'حسنًا، سأتحدث أسرع قليلًا.',
  'pace.slowest': 'هذه أبطأ سرعة لديّ.',
  'pace.fastest': 'هذه أسرع سرعة لديّ.',

  'pain.stop':
    'لنتوقف هنا فورًا. اخرج من الإطالة بلطف واسترح. يجب ألا تصل الإطالة أبدًا إلى حد الألم. إذا لم يزُل الألم، فمن فضلك راجع طبيبك.',
  'pain.beforeStretch': 'يؤسفني أن ظهرك يؤلمك. هذا تمرين إطالة لطيف، وعليك التوقف فورًا إذا آلمك أي شيء.',
  'unwell.stop':
    'لنتوقف الآن فورًا. اجلس أو استلقِ ببطء في مكان آمن، واسترح. إذا لم يزُل هذا الشعور، فمن فضلك اطلب المساعدة.',
  'needHelp.answer':
    'لا أستطيع الاتصال بأحد نيابةً عنك. إذا كنت قد فعّلت الاتصال على أليكسا، فقل: أليكسا، اتصلي، ثم اسم شخص تثق به. في حالات الطوارئ، استخدم الهاتف للاتصال بخدمات الطوارئ.',

  'obstacle.noStep': 'لا توجد درجة؟ إذن سنؤدي الإطالة وقوفًا، مع إسناد مرفقيك على طاولة المطبخ.',
  'obstacle.noStepNeeded': 'لن تحتاج إلى درجة في هذا التمرين.',
  'obstacle.cantStand': 'إذن لنؤدِّ الإطالة جالسًا على كرسي.',
  'obstacle.noStandingNeeded': 'لن تحتاج إلى الوقوف في هذا التمرين.',
  'obstacle.cantGetDown': 'لا داعي للنزول إلى الأرض. يمكنك أداء الإطالة جالسًا على كرسي، أو مستلقيًا على سرير صلب.',
  'obstacle.bedWorks': 'السرير الصلب يفي بالغرض تمامًا مثل الأرض.',
  'obstacle.noFloorNeeded': 'لن تحتاج إلى النزول إلى الأرض في هذا التمرين.',
  'obstacle.cantReach': 'إذا لم تصل إلى ساقك، فلُفّ حزامًا أو منشفة حول قدمك، وأمسك كل طرف بيد.',
  'obstacle.noBelt': 'المنشفة، أو الوشاح، أو حزام روب الاستحمام، يفي بالغرض تمامًا مثل الحزام.',

  'progress.routine':
    'نحن في الجولة {{round}} من {{rounds}}، {{legPhrase}}. أنهيت {{done}} من {{total}} من مرات الثبات، ومدة كل منها {{length}}.',
  'progress.paused': 'المتبقي {{length}} على {{legPhrase}}. أنهيت {{done}} من {{total}} من مرات الثبات.',
  'progress.pausedBothLegs': 'المتبقي من هذا الثبات {{length}}. أنهيت {{done}} من {{total}} من مرات الثبات.',
  'progress.notStarted': 'لم نبدأ أي تمرين إطالة بعد. ستكون مدة كل ثبات {{length}}.',

  'forget.confirm': 'هل تريد أن أنسى كل ما أعرفه عنك، بما في ذلك تقدّمك؟',
  'forget.reprompt': 'هل أحذف بياناتك؟ من فضلك قل نعم أو لا.',
  'forget.done': 'تم. حذفت كل ما احتفظت به عنك. مع السلامة.',
  'forget.kept': 'حسنًا، احتفظت بكل شيء.',
  'forget.failed': 'عذرًا، لم أتمكن من حذف بياناتك الآن. لم يتغير شيء. من فضلك حاول لاحقًا بقول: احذفي بياناتي.',

  'wrapUp.done.0': 'هذا هو تمرين الإطالة كاملًا. أحسنت.',
  'wrapUp.done.1': 'وبهذا أنهيت تمرين الإطالة. عمل رائع.',
  'wrapUp.done.2': 'أنهيت كل مرات الثبات. أداء جيد اليوم.',
  'wrapUp.streak': 'هذا هو اليوم {{count}} على التوالي.',
  'wrapUp.tip.0': 'إطالة عضلات الفخذ الخلفية بانتظام قد تساعد أسفل ظهرك.',
  'wrapUp.tip.1': 'القليل من الإطالة كل يوم قد يخفف تيبّس أسفل الظهر.',
  'wrapUp.tip.2': 'مرونة عضلات الفخذ الخلفية قد تساعد أسفل ظهرك على الشعور بتحسّن.',
  'wrapUp.goodbye.0': 'اعتنِ بنفسك، وإلى اللقاء في المرة القادمة.',
  'wrapUp.goodbye.1': 'استرح لحظة قبل أن تنهض. مع السلامة.',
  'wrapUp.goodbye.2': 'أراك غدًا إن شاء الله. مع السلامة.',

  'stop.goodbye': 'حسنًا، سنتوقف هنا. مع السلامة.',
  'stop.placeKept': `حفظت المكان الذي توقفت عنده. قل: ${OPEN}، عندما تريد أن تكمل. مع السلامة.`,

  'help.menu': 'سأرشدك خلال تمرين إطالة لطيف لعضلات الفخذ الخلفية من أجل أسفل ظهرك، خطوة بخطوة، وسأحسب وقت كل ثبات.',
  'help.step':
    'هذه الخطوة {{step}} من {{steps}}، للوصول إلى الوضعية. قل: جاهز، عندما تصل، أو: كرري، لتسمعها مرة أخرى، أو: ارجعي. إذا آلمك شيء، فقل: يؤلمني.',
  'help.released': 'أنهيت مرة ثبات. قل: جاهز، للمتابعة مع {{legPhrase}}، أو: توقفي، لتنهي لليوم.',
  'help.releasedBothLegs': 'أنهيت مرة ثبات. قل: جاهز، للجولة التالية، أو: توقفي، لتنهي لليوم.',
  'help.allHoldsDone': 'أنهيت كل مرات الثبات. اخرج من الإطالة، ثم قل: انتهيت.',
  'help.paused': 'الإطالة متوقفة مؤقتًا. قل: تابعي، لتكمل، أو: توقفي، لتنهي الآن.',
  'help.question': 'من فضلك أجب بنعم أو لا.',

  'recover.sorry': 'عذرًا، لم أفهم ذلك.',
  'recover.offerHelp': 'إذا لم تكن متأكدًا مما تقول، فقل فقط: مساعدة.',
  'recover.giveUp': `لنتوقف هنا الآن. قل: ${OPEN}، متى ما كنت جاهزًا. مع السلامة.`,
  'recover.giveUpPlaceKept': `لنتوقف هنا الآن. حفظت المكان الذي توقفت عنده: قل: ${OPEN}، عندما تريد أن تكمل. مع السلامة.`,

  // Saudi Arabia and the Emirates say clock times on the 12-hour clock, with صباحًا / مساءً.
  'time.onTheHour': 'الساعة {{hour12}} {{period}}',
  'time.withMinutes': 'الساعة {{hour12}}:{{minuteTens}}{{minuteOnes}} {{period}}',
  'time.am': 'صباحًا',
  'time.pm': 'مساءً',

  'reminder.offer': 'هل تريد أن أذكّرك بالإطالة كل يوم في هذا الوقت؟',
  'reminder.offerReprompt': 'قل نعم لتذكير يومي، أو لا.',
  'reminder.askTime': 'في أي وقت أذكّرك كل يوم؟',
  'reminder.askTimeReprompt': 'قل لي وقتًا، مثلًا: التاسعة صباحًا.',
  'reminder.askTimeAgain': 'عذرًا، لم أفهم الوقت. في أي وقت كل يوم؟',
  'reminder.confirm': 'سأذكّرك كل يوم في {{time}}. هل هذا صحيح؟',
  'reminder.confirmReprompt': 'هل أذكّرك كل يوم في {{time}}؟ من فضلك قل نعم أو لا.',
  'reminder.set': 'تم. سأذكّرك بالإطالة كل يوم في {{time}}.',
  'reminder.updated': 'تم. أصبح تذكيرك اليومي في {{time}}.',
  'reminder.declined': 'حسنًا، بدون تذكير.',
  'reminder.status': 'تذكيرك اليومي بالإطالة مضبوط على {{time}}.',
  'reminder.none': 'ليس لديك تذكير يومي. يمكنك أن تقول: ذكريني كل يوم الساعة تسعة.',
  'reminder.cancelled': 'حسنًا، ألغيت تذكيرك اليومي.',
  'reminder.cancelledNone': 'ليس لديك تذكير يومي لإلغائه.',
  'reminder.permissionDenied': 'حسنًا، بدون تذكير. إذا غيّرت رأيك، يمكنك السماح بالتذكيرات من تطبيق أليكسا.',
  'reminder.permissionCard': 'أرسلت بطاقة إلى تطبيق أليكسا لديك، يمكنك منها السماح بالتذكيرات. ثم اطلب مني ذلك مرة أخرى.',
  'reminder.failed.unsupportedDevice': 'عذرًا، هذا الجهاز لا يدعم التذكيرات.',
  'reminder.failed.tooMany': 'لديك تذكيرات كثيرة بالفعل. من فضلك احذف واحدًا منها في تطبيق أليكسا، ثم اطلب مني مرة أخرى.',
  'reminder.failed.unavailable': 'عذرًا، لم أتمكن من الوصول إلى تذكيراتك الآن. من فضلك حاول لاحقًا.',
  'reminder.failed.rejected': 'عذرًا، لم أتمكن من ضبط هذا التذكير.',
  'reminder.alertText': `حان وقت إطالة عضلات الفخذ الخلفية. قل: ${OPEN}.`,

  'screen.title': 'مدرب الإطالة',
  'screen.choose': 'اختر تمرين الإطالة',
  'screen.variant.SITTING': 'جلوسًا',
  'screen.variant.STANDING': 'وقوفًا',
  'screen.variant.COUNTER': 'عند طاولة المطبخ',
  'screen.variant.LYING': 'استلقاءً',
  'screen.stepOf': 'الخطوة {{step}} من {{steps}}',
  'screen.roundOf': 'الجولة {{round}} من {{rounds}}',
  'screen.leg.right': 'الساق اليمنى',
  'screen.leg.left': 'الساق اليسرى',
  'screen.leg.both': 'الساقان معًا',
  'screen.hold': 'اثبت',
  'screen.release': 'استرخِ',
  'screen.wellDone': 'أحسنت',
  'screen.streak': 'أيام متتالية: {{count}}',
  'screen.paused': 'متوقف مؤقتًا',
  'screen.help': 'مساعدة',
  'screen.safety': 'توقف واسترح',
  'screen.button.ready': 'جاهز',
  'screen.button.repeat': 'تكرار',
  'screen.button.pause': 'إيقاف مؤقت',
  'screen.button.stop': 'إيقاف',

  'error.spoken': 'عذرًا، حدث خطأ من جهتي. من فضلك قل ذلك مرة أخرى، أو قل: مساعدة.',
  'error.reprompt': 'من فضلك قل ذلك مرة أخرى، أو قل: مساعدة.',
};
