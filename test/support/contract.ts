/**
 * The intent names the interaction model must keep, in one place for every test that needs
 * them: renaming one breaks the skill for anyone (the console, the tests, saved dialogs) who
 * drives it by intent name.
 */
export const CUSTOM_INTENTS = [
  'StartStretchIntent',
  'ReadyIntent',
  'SetHoldTimeIntent',
  'PainIntent',
  'FeelingUnwellIntent',
  'NeedHelpIntent',
  'ObstacleIntent',
  'ProgressIntent',
  'SetReminderIntent',
  'CancelReminderIntent',
  'ReminderStatusIntent',
  'SpeakSlowerIntent',
  'SpeakFasterIntent',
  'DeleteMyDataIntent',
] as const;

export const BUILTIN_INTENTS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.NextIntent',
  'AMAZON.PreviousIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.StartOverIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.PauseIntent',
  'AMAZON.ResumeIntent',
] as const;

export const CONTRACT_INTENTS = [...CUSTOM_INTENTS, ...BUILTIN_INTENTS] as const;
