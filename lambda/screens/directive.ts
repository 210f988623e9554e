/**
 * A screen as the directive Alexa renders. The screen's words and numbers travel
 * in the datasources; the document only lays them out.
 */
import type { interfaces } from 'ask-sdk-model';
import { screenDocument } from './document';
import type { Screen } from './screen';

type RenderDocumentDirective = interfaces.alexa.presentation.apl.RenderDocumentDirective;

/** Every screen shares one token: a touch can only come from the screen on show. */
export const SCREEN_TOKEN = 'hamstring-coach-screen';

export function renderDocumentDirective(screen: Screen): RenderDocumentDirective {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: SCREEN_TOKEN,
    document: screenDocument(screen),
    datasources: { screen: screenData(screen) },
  };
}

/** The screen as the document reads it: as given, plus how to draw its picture. */
function screenData(screen: Screen): Record<string, unknown> {
  if (!('picture' in screen) || !screen.picture) return { ...screen };
  // The drawings face right for the right leg; the left leg is their mirror image.
  return { ...screen, picture: { ...screen.picture, scaleX: screen.picture.leg === 'left' ? -1 : 1 } };
}
