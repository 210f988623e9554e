/**
 * A request envelope as Alexa sends it: the request, wrapped in the session and the
 * device context. The warm-up, the voice simulator and the bench build theirs here.
 */
import type { RequestEnvelope } from 'ask-sdk-model';

/** Who is asking, and where Alexa's own APIs would be reached. */
export interface EnvelopeIdentity {
  skillId: string;
  userId: string;
  deviceId: string;
  apiEndpoint: string;
  apiAccessToken: string;
  /** What the user has granted, as Alexa lists it in context.System.user.permissions.scopes. */
  permissionScopes?: Record<string, 'GRANTED' | 'DENIED'>;
}

export interface EnvelopeSession {
  id: string;
  new: boolean;
  attributes: Record<string, unknown>;
}

/** A device with a screen (an Echo Show): it says it supports APL, and how big its screen is. */
export interface ScreenDevice {
  pixelWidth: number;
  pixelHeight: number;
  shape: 'RECTANGLE' | 'ROUND';
}

export function requestEnvelope(
  identity: EnvelopeIdentity,
  session: EnvelopeSession,
  request: RequestEnvelope['request'],
  screen?: ScreenDevice,
): RequestEnvelope {
  const application = { applicationId: identity.skillId };
  const user = { userId: identity.userId };
  const supportedInterfaces = screen ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } } : {};
  const viewport = screen && {
    Viewport: { ...screen, dpi: 160, currentPixelWidth: screen.pixelWidth, currentPixelHeight: screen.pixelHeight, touch: ['SINGLE'], mode: 'HUB' },
  };
  const scopes = identity.permissionScopes;
  const systemUser = scopes
    ? { ...user, permissions: { scopes: Object.fromEntries(Object.entries(scopes).map(([scope, status]) => [scope, { status }])) } }
    : user;
  return {
    version: '1.0',
    session: { new: session.new, sessionId: session.id, application, user, attributes: session.attributes },
    context: {
      System: {
        application,
        user: systemUser,
        device: { deviceId: identity.deviceId, supportedInterfaces },
        apiEndpoint: identity.apiEndpoint,
        apiAccessToken: identity.apiAccessToken,
      },
      ...viewport,
    } as RequestEnvelope['context'],
    request,
  };
}
