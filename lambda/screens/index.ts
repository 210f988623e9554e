/** Echo Show screens: pure data in, an APL RenderDocument directive out. */
export type { ButtonId, ButtonLabels, Picture, Screen } from './screen';
export { POSES, POSE_IDS, type PoseId } from './poses';
export { renderDocumentDirective, SCREEN_TOKEN } from './directive';
export { BUTTON_INTENTS, intentFromUserEvent, type TouchIntent } from './touch';
