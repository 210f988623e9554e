/** Echo Show screens: which screen a reply shows (screenForReply), and that screen as an APL RenderDocument directive. */
export type { ButtonId, ButtonLabels, Picture, Screen } from './screen';
export { POSES, POSE_IDS, type PoseId } from './poses';
export { renderDocumentDirective, SCREEN_TOKEN } from './directive';
export { BUTTON_INTENTS, intentFromUserEvent, type TouchIntent } from './touch';
export { screenForReply } from './for-reply';
