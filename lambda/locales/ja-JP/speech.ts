/**
 * Everything Hamstring Coach says in Japanese: a physiotherapist speaking to an
 * older person, polite form (です/ます, 〜てください) throughout. "Hold" is
 * キープ, the words the user is asked to say (「できました」, 「再開」,
 * 「ストップ」, 「もう一度」, 「前のステップ」, 「痛い」) are samples of the
 * ja-JP model. Leg names take の: 右の太もも, 両方のひざ.
 */
import type { Speech } from '../speech';

export const speech: Speech = {
  'notice.doctor': 'まずは、お医者さんにご相談ください。腰の手術のあとは、特に大切です。',

  'welcome.new': 'ハムストリングコーチへようこそ。腰のための、やさしいストレッチをご案内します。',
  'welcome.back': 'おかえりなさい。',

  'menu.question': 'ストレッチは、座ってしますか、立ってしますか、それとも寝てしますか？',
  'menu.reprompt': 'どのストレッチにしますか？座って、立って、寝て、から選んでください。',
  'menu.needVariant': 'まず、ストレッチのやり方を選びましょう。',

  'offer.usual': 'いつもの{{variant}}ストレッチを、1回{{length}}でいかがですか？',
  'offer.usualReprompt': 'いつものストレッチなら「はい」と言ってください。または、座って、立って、寝て、から選んでください。',
  'offer.gentle': '仰向けに寝て、やってみますか？',
  'offer.gentleReprompt': '仰向けでするなら「はい」、別のやり方を選ぶなら「いいえ」と言ってください。',
  'offer.seated': 'かわりに、椅子に座ってやりましょうか？',
  'offer.seatedReprompt': '椅子に座ってするなら「はい」、別のやり方を選ぶなら「いいえ」と言ってください。',

  'resume.question': '前回は、{{variant}}ストレッチの途中で終わりました。続きからしますか？',
  'resume.reprompt': '止めたところから続けるなら「はい」、最初からなら「いいえ」と言ってください。',
  'resume.accepted': 'いいですね。{{total}}回のうち、{{done}}回のキープが終わっています。もう一度、姿勢を整えましょう。',
  'resume.acceptedNoHolds': 'いいですね。もう一度、姿勢を整えましょう。',
  'resume.declined': 'わかりました。最初から始めましょう。',

  'longer.question': '{{sessions}}回続けて、{{length}}キープできていますね。今日は{{longer}}にしてみませんか？',
  'longer.reprompt': '{{longer}}にするなら「はい」、{{length}}のままなら「いいえ」と言ってください。',
  'longer.accepted': 'いいですね。では、{{length}}にします。',
  'longer.declined': 'わかりました。{{length}}のままにします。',

  'variantName.SITTING': '座って行う',
  'variantName.STANDING': '立って行う',
  'variantName.COUNTER': '台に肘をついて行う',
  'variantName.LYING': '寝て行う',
  'legName.right': '右',
  'legName.left': '左',
  'legName.both': '両方',
  'legPhrase.right': '右脚',
  'legPhrase.left': '左脚',
  'legPhrase.both': '両脚',
  'length.seconds': '{{count}}秒',
  'length.oneMinute': '1分',

  'routine.start':
    '{{variant}}ストレッチをします。左右の脚をそれぞれ{{rounds}}回、{{length}}ずつ伸ばします。一つずつ、順番に進めます。',
  'routine.startBothLegs': '{{variant}}ストレッチをします。{{rounds}}回、{{length}}ずつ伸ばします。一つずつ、順番に進めます。',
  'routine.alreadyDoing': '今、{{variant}}ストレッチをしているところです。',
  'routine.startOver': '{{variant}}ストレッチを、もう一度最初から始めましょう。',
  'routine.carryOn': 'では、続けましょう。',
  'routine.firstStep': 'これが最初のステップです。',
  'routine.skipHold': 'わかりました。次に進みます。',
  'routine.redoHold': '今のキープを、もう一度やりましょう。姿勢を整えてください。',
  'routine.noRush': '急がなくて大丈夫です。ゆっくりどうぞ。',

  'step.askReady': 'その姿勢になったら、「できました」と言ってください。',
  'step.reprompt': '姿勢ができたら「できました」、もう一度聞くなら「もう一度」と言ってください。',

  'setup.SITTING.0':
    'まず、しっかりした椅子か、ベンチか、ベッドの端を用意してください。座るところが、いつもより少し高いとやりやすいです。前のほうに浅く腰かけます。',
  'setup.SITTING.1':
    '次は{{leg}}の脚です。脚を前に伸ばして、かかとを床か、低い台に乗せます。反対の足は、足の裏を床にぺったりつけておきます。',
  'setup.SITTING.2': '{{leg}}の足のつま先を、天井に向けます。そのひざは、できるだけまっすぐ伸ばします。',
  'setup.SITTING.3': '背すじを伸ばして、まっすぐ座ります。胸を少し持ち上げます。',
  'setup.SITTING.4':
    'では、脚の付け根から、ゆっくり体を前に倒します。背中はまっすぐのままで、丸めないでください。胸は前へ、お尻はそっと後ろへ突き出します。{{leg}}の太ももの裏が、しっかり、でも気持ちよく伸びるところで止めます。',

  'setup.STANDING.0':
    'まず、低い段や踏み台など、しっかりした、少し高さのあるものを用意します。その前に、向かい合って立ちます。ふらつきそうなときは、壁か台につかまってください。',
  'setup.STANDING.1': '{{leg}}のかかとを、段の上に乗せます。つま先は上に向けます。',
  'setup.STANDING.2': '両ひざを伸ばします。ただし、ピンと突っ張らないでください。',
  'setup.STANDING.3': '背すじを伸ばして、まっすぐ立ちます。胸とお尻を、少し突き出します。',
  'setup.STANDING.4':
    'では、脚の付け根から、ゆっくり体を前に倒します。背中は平らに保ち、丸めないでください。{{leg}}の太ももの裏が、しっかり、でも気持ちよく伸びるところで止めます。',

  'setup.COUNTER.0': 'まず、台所の調理台か、しっかりしたテーブルに向かって立ちます。台から、小さく一歩下がってください。',
  'setup.COUNTER.1': '両ひざを伸ばします。ただし、ピンと突っ張らないでください。',
  'setup.COUNTER.2': '背すじを伸ばして、まっすぐ立ちます。胸とお尻を、少し突き出します。',
  'setup.COUNTER.3':
    'では、脚の付け根から、ゆっくり体を前に倒して、両肘を台につきます。背中は平らに保ち、丸めないでください。太ももの裏が、しっかり、でも気持ちよく伸びるところで止めます。',

  'setup.LYING.0': 'まず、床か、硬めのベッドの上に、仰向けに寝ます。両脚は、まっすぐ伸ばして楽にします。',
  'setup.LYING.1': '{{leg}}のひざを曲げて、胸のほうへ引き寄せます。反対の脚は、伸ばしたままにします。',
  'setup.LYING.2':
    '{{leg}}のひざの裏で、両手の指を組みます。手が届かないときは、ベルトかタオルをその足に掛けて、両端を持ちます。',
  'setup.LYING.3':
    'では、{{leg}}のひざを、天井に向けてゆっくり伸ばします。無理のない範囲までにします。背中は平らに保ちます。ひざの裏と太ももの裏が、しっかり伸びるのを感じるはずです。',

  'switch.SITTING.0': 'ゆっくり体を起こして、{{otherLeg}}の足を手前に戻します。',
  'switch.SITTING.1': '次は、{{leg}}の脚を前に伸ばします。かかとは下、つま先は上、ひざはまっすぐです。',
  'switch.SITTING.2':
    '背すじを伸ばして座ります。背中はまっすぐのまま、{{leg}}の太ももの裏が伸びるところまで、脚の付け根からゆっくり前に倒します。',
  'switch.STANDING.0': 'ゆっくり体を起こしてまっすぐ立ち、{{otherLeg}}の足を床に下ろします。',
  'switch.STANDING.1': '次は、{{leg}}のかかとを段に乗せます。つま先は上、両ひざはまっすぐです。',
  'switch.STANDING.2':
    '胸とお尻を、そっと突き出します。背中は平らなまま、{{leg}}の太ももの裏が伸びるところまで、脚の付け根からゆっくり前に倒します。',
  'switch.COUNTER.0': 'ゆっくり肘を台から離して、まっすぐ立ちます。',
  'switch.COUNTER.1':
    'では、もう一度、脚の付け根から前に倒して、両肘を台につきます。背中は平らに、胸とお尻はそっと突き出します。',
  'switch.LYING.0': '{{otherLeg}}の脚を、そっと床に下ろします。',
  'switch.LYING.1':
    '次は、{{leg}}のひざを曲げて、ひざの裏で指を組みます。手が届かないときは、ベルトかタオルをその足に掛けます。',
  'switch.LYING.2': '{{leg}}のひざを天井のほうへ、楽にできるところまで、ゆっくり伸ばします。背中は平らなままです。',

  'hold.leadIn': '{{rounds}}回のうち{{round}}回目、{{legPhrase}}です。そのまま{{length}}キープします。',
  'hold.leadInResumed': 'ストレッチに戻りましょう。{{legPhrase}}です。そのまま、あと{{length}}キープします。',
  'hold.cue.halfway.0': '半分まで来ました。',
  'hold.cue.halfway.1': 'ちょうど半分です。',
  'hold.cue.halfway.2': '半分が過ぎました。',
  'hold.cue.secondsLeft': 'あと{{count}}秒です。',
  'hold.cue.fiveLeft.0': 'あと5秒です。',
  'hold.cue.fiveLeft.1': 'あと5秒だけです。',
  'hold.cue.fiveLeft.2': '残り5秒です。',
  'hold.cue.breathe.0': 'ゆっくり息を吐きましょう。',
  'hold.cue.breathe.1': '楽に、呼吸を続けてください。',
  'hold.cue.breathe.2': '肩の力を抜きましょう。',
  'form.SITTING.0': '背中は長く、まっすぐに保ちます。',
  'form.SITTING.1': '胸は持ち上げたままです。',
  'form.SITTING.2': 'つま先は上に向けたままです。',
  'form.SITTING.3': 'ひざは、楽な範囲でまっすぐにします。',
  'form.STANDING.0': '背中は平らに保ちます。',
  'form.STANDING.1': 'ひざは伸ばしたままです。',
  'form.STANDING.2': '胸とお尻は、そっと突き出します。',
  'form.STANDING.3': 'つま先は上に向けたままです。',
  'form.COUNTER.0': '背中は平らに保ちます。',
  'form.COUNTER.1': 'ひざは伸ばしたままです。',
  'form.COUNTER.2': '胸とお尻は、そっと突き出します。',
  'form.COUNTER.3': '肘は台に乗せたままにします。',
  'form.LYING.0': '背中は平らに保ちます。',
  'form.LYING.1': '反対の脚は、伸ばしたままです。',
  'form.LYING.2': 'ストレッチは、やさしく保ちます。',
  'form.LYING.3': 'ひざは、楽な範囲で伸ばすだけです。',
  'hold.release.0': 'はい、ゆるめます。そっとストレッチから戻りましょう。',
  'hold.release.1': 'はい、ゆるめます。ゆっくり戻してください。',
  'hold.release.2': 'では、やさしく力をゆるめましょう。',
  'hold.praise.0': 'よくできました。',
  'hold.praise.1': 'お上手です。',
  'hold.praise.2': 'いい調子です。',
  'hold.askNext': '{{legPhrase}}で{{round}}回目です。準備はよろしいですか？',
  'hold.repromptNext': '{{legPhrase}}を伸ばすときは、「準備できました」と言ってください。',
  'hold.askNextBothLegs': '{{round}}回目です。準備はよろしいですか？',
  'hold.repromptNextBothLegs': 'もう一度伸ばすときは、「準備できました」と言ってください。',
  'hold.askFinish': 'これで最後のキープが終わりました。ストレッチの姿勢から戻って、終わりにしてよろしいですか？',
  'hold.repromptFinish': 'ストレッチの姿勢から戻ったら、「終わりました」と言ってください。',

  'pause.hold':
    '一時停止しました。{{legPhrase}}は、あと{{length}}残っています。今続けるなら「再開」と言ってください。あとで続けるなら、「アレクサ、ハムストリングコーチを開いて」と言ってください。',
  'pause.holdBothLegs':
    '一時停止しました。あと{{length}}残っています。今続けるなら「再開」と言ってください。あとで続けるなら、「アレクサ、ハムストリングコーチを開いて」と言ってください。',
  'pause.placeKept':
    'はい、一時停止しました。今続けるなら「再開」と言ってください。あとで続けるなら、「アレクサ、ハムストリングコーチを開いて」と言ってください。',
  'pause.notStarted':
    'わかりました。準備ができたら「再開」と言ってください。または、いつでも「アレクサ、ハムストリングコーチを開いて」と言って、戻ってきてください。',
  'pause.reprompt': '続けるときは、「再開」と言ってください。',
  'pause.menu': 'わかりました。準備ができたら、いつでも「アレクサ、ハムストリングコーチを開いて」と言ってください。さようなら。',

  'holdTime.set': 'わかりました。1回のキープは{{length}}にします。',
  'holdTime.tooShort': '1回のキープは、最短で20秒です。なので、20秒にします。',
  'holdTime.tooLong': '1回のキープは、最長で1分です。なので、1分にします。',
  'holdTime.missing': '長さが聞き取れませんでした。キープは20秒から1分までにできます。たとえば、「45秒キープ」と言ってください。',

  'pace.slower': 'わかりました。もっとゆっくり話します。',
  'pace.faster': 'わかりました。少し速く話します。',
  'pace.slowest': 'すでに、いちばんゆっくりの話し方です。',
  'pace.fastest': 'すでに、いちばん速い話し方です。',

  'pain.stop':
    'ここでやめましょう。そっとストレッチから戻って、休んでください。ストレッチは、痛いところまでしてはいけません。痛みが治まらないときは、お医者さんに診てもらってください。',
  'pain.beforeStretch': '腰が痛いのは、おつらいですね。これはやさしいストレッチです。どこかが痛んだら、すぐにやめてください。',
  'unwell.stop':
    'すぐにやめましょう。安全な場所で、ゆっくり座るか横になって、休んでください。よくならないときは、誰かに助けを求めてください。',
  'needHelp.answer':
    '私から、誰かに電話をかけることはできません。アレクサで通話の設定をしていれば、「アレクサ、」のあとに、信頼できる方の名前と「に電話して」を言ってください。緊急のときは、電話で119番に連絡してください。',

  'obstacle.noStep': '段がないのですね。では、台に肘をついて、立って行うストレッチにしましょう。',
  'obstacle.noStepNeeded': 'このストレッチには、段は要りません。',
  'obstacle.cantStand': 'では、椅子に座ってストレッチしましょう。',
  'obstacle.noStandingNeeded': 'このストレッチは、立たなくてもできます。',
  'obstacle.cantGetDown': '床に下りなくても大丈夫です。椅子に座るか、硬めのベッドに寝て、ストレッチできます。',
  'obstacle.bedWorks': '硬めのベッドでも、床と同じようにできます。',
  'obstacle.noFloorNeeded': 'このストレッチは、床に下りなくてもできます。',
  'obstacle.cantReach': '脚に手が届かないときは、ベルトかタオルを足に掛けて、両手で片方ずつ端を持ちます。',
  'obstacle.noBelt': 'ベルトのかわりに、タオルやスカーフ、ガウンのひもでも、同じように使えます。',

  'progress.routine':
    '今は{{rounds}}回のうち{{round}}回目、{{legPhrase}}です。1回{{length}}のキープが、{{total}}回のうち{{done}}回終わっています。',
  'progress.paused': '{{legPhrase}}は、あと{{length}}残っています。{{total}}回のうち{{done}}回終わっています。',
  'progress.pausedBothLegs': 'このキープは、あと{{length}}残っています。{{total}}回のうち{{done}}回終わっています。',
  'progress.notStarted': 'まだストレッチを始めていません。1回のキープは{{length}}です。',

  'forget.confirm': 'これまでの記録も含めて、覚えていることをすべて消してよろしいですか？',
  'forget.reprompt': 'データを削除しますか？「はい」か「いいえ」でお答えください。',
  'forget.done': '完了しました。保存していた情報は、すべて削除しました。さようなら。',
  'forget.kept': 'わかりました。すべてそのままにしておきます。',
  'forget.failed':
    'すみません、今はデータを削除できませんでした。何も変わっていません。あとで、「私のデータを消して」と言って、もう一度お試しください。',

  'wrapUp.done.0': 'これでストレッチは全部終わりです。よくできました。',
  'wrapUp.done.1': 'ストレッチが終わりました。お上手でした。',
  'wrapUp.done.2': 'すべてのキープが終わりました。今日はよく頑張りましたね。',
  'wrapUp.streak': 'これで{{count}}日連続です。',
  'wrapUp.tip.0': '太ももの裏を定期的に伸ばすと、腰の助けになります。',
  'wrapUp.tip.1': '毎日少しずつ伸ばすと、張った腰が楽になることがあります。',
  'wrapUp.tip.2': '太ももの裏がやわらかいと、腰が楽になることがあります。',
  'wrapUp.goodbye.0': 'どうぞお大事に。また次回お会いしましょう。',
  'wrapUp.goodbye.1': '立ち上がる前に、少し休んでください。さようなら。',
  'wrapUp.goodbye.2': 'また明日、お会いできるとうれしいです。さようなら。',

  'stop.goodbye': 'わかりました。ここで終わりにします。さようなら。',
  'stop.placeKept':
    'どこまで進んだかは、保存してあります。続けたいときは、「アレクサ、ハムストリングコーチを開いて」と言ってください。さようなら。',

  'help.menu': '腰のために、太ももの裏をやさしく伸ばすストレッチを、一つずつご案内します。キープの時間も計ります。',
  'help.step':
    '今は、姿勢を整える{{steps}}ステップのうち、{{step}}ステップ目です。姿勢ができたら「できました」、もう一度聞くなら「もう一度」、戻るなら「前のステップ」と言ってください。どこかが痛むときは、「痛い」と言ってください。',
  'help.released': 'キープが1回終わりました。{{legPhrase}}に進むなら「準備できました」、今日はここまでにするなら「ストップ」と言ってください。',
  'help.releasedBothLegs': 'キープが1回終わりました。次の回に進むなら「準備できました」、今日はここまでにするなら「ストップ」と言ってください。',
  'help.allHoldsDone': 'キープはすべて終わりました。ストレッチの姿勢から戻って、「終わりました」と言ってください。',
  'help.paused': 'ストレッチは一時停止中です。続けるなら「再開」、今はここで終わるなら「ストップ」と言ってください。',
  'help.question': '「はい」か「いいえ」でお答えください。',

  'recover.sorry': 'すみません、よく聞き取れませんでした。',
  'recover.offerHelp': '何と言えばいいかわからないときは、「ヘルプ」と言ってください。',
  'recover.giveUp':
    '今回は、ここまでにしましょう。準備ができたら、いつでも「アレクサ、ハムストリングコーチを開いて」と言ってください。さようなら。',
  'recover.giveUpPlaceKept':
    '今回は、ここまでにしましょう。どこまで進んだかは、保存してあります。続けたいときは、「アレクサ、ハムストリングコーチを開いて」と言ってください。さようなら。',

  'time.onTheHour': '{{period}}{{hour12}}時',
  'time.withMinutes': '{{period}}{{hour12}}時{{minute}}分',
  'time.am': '午前',
  'time.pm': '午後',

  'reminder.offer': '毎日この時間に、ストレッチのお知らせをしましょうか？',
  'reminder.offerReprompt': '毎日のお知らせが必要なら「はい」、要らなければ「いいえ」と言ってください。',
  'reminder.askTime': '毎日、何時にお知らせしましょうか？',
  'reminder.askTimeReprompt': '時間を教えてください。たとえば、「朝9時」のように言ってください。',
  'reminder.askTimeAgain': 'すみません、時間が聞き取れませんでした。毎日、何時にしましょうか？',
  'reminder.confirm': '毎日{{time}}にお知らせします。よろしいですか？',
  'reminder.confirmReprompt': '毎日{{time}}にお知らせしてよろしいですか？「はい」か「いいえ」でお答えください。',
  'reminder.set': '設定しました。毎日{{time}}に、ストレッチのお知らせをします。',
  'reminder.updated': '変更しました。毎日のお知らせは、{{time}}になりました。',
  'reminder.declined': 'わかりました。お知らせはしません。',
  'reminder.status': '毎日のストレッチのお知らせは、{{time}}に設定されています。',
  'reminder.none': '毎日のお知らせは設定されていません。「毎日9時に知らせて」と言えば設定できます。',
  'reminder.cancelled': 'わかりました。毎日のお知らせを取り消しました。',
  'reminder.cancelledNone': '取り消せる毎日のお知らせは、ありません。',
  'reminder.permissionDenied': 'わかりました。お知らせはしません。気が変わったら、アレクサアプリでリマインダーを許可できます。',
  'reminder.permissionCard': 'アレクサアプリにカードを送りました。そこでリマインダーを許可してから、もう一度お声がけください。',
  'reminder.failed.unsupportedDevice': 'すみません、この機器ではお知らせを設定できません。',
  'reminder.failed.tooMany': 'リマインダーがすでにいっぱいです。アレクサアプリで一つ削除してから、もう一度お声がけください。',
  'reminder.failed.unavailable': 'すみません、今はリマインダーにつながりませんでした。あとで、もう一度お試しください。',
  'reminder.failed.rejected': 'すみません、そのお知らせは設定できませんでした。',
  'reminder.alertText': '太ももの裏のストレッチの時間です。「アレクサ、ハムストリングコーチを開いて」と言ってください。',

  'screen.title': 'ハムストリングコーチ',
  'screen.choose': 'ストレッチを選んでください',
  'screen.variant.SITTING': '座って',
  'screen.variant.STANDING': '立って',
  'screen.variant.COUNTER': '台に肘をついて',
  'screen.variant.LYING': '寝て',
  'screen.stepOf': 'ステップ {{step}}/{{steps}}',
  'screen.roundOf': '{{rounds}}回中 {{round}}回目',
  'screen.leg.right': '右脚',
  'screen.leg.left': '左脚',
  'screen.leg.both': '両脚',
  'screen.hold': 'キープ',
  'screen.release': 'ゆるめる',
  'screen.wellDone': 'よくできました',
  'screen.streak': '{{count}}日連続',
  'screen.paused': '一時停止中',
  'screen.help': 'ヘルプ',
  'screen.safety': 'やめて休みましょう',
  'screen.button.ready': 'できました',
  'screen.button.repeat': 'もう一度',
  'screen.button.pause': '一時停止',
  'screen.button.stop': 'ストップ',

  'error.spoken': 'すみません、こちらで問題が起きました。もう一度言うか、「ヘルプ」と言ってください。',
  'error.reprompt': 'もう一度言うか、「ヘルプ」と言ってください。',
};
