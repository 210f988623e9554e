/**
 * Colours and sizes for older eyes: light on a near-black ground (contrast above
 * 12:1 for all words), body text of 44 dp on a 1280×800 hub, big touch targets.
 * Sizes switch with the viewport inside the one document (APL resources with a
 * `when`), so the same directive suits every screen, including ones not listed here.
 */

export const COLORS = {
  background: '#0E1A1F',
  text: '#FFFFFF',
  /** Secondary words (step count, round): still above 10:1 on the background. */
  muted: '#C9D6DA',
  figure: '#FFFFFF',
  farLimb: '#8FA6AD',
  stretchedLeg: '#FFD23F',
  prop: '#7E989F',
  towel: '#7FD1FF',
  buttonFill: '#1F6F78',
  buttonPressed: '#2E97A3',
  stopFill: '#7A1F1F',
  barTrack: '#0E1A1F',
  barFill: '#FFD23F',
} as const;

/** The three viewport classes: round (Echo Spot 480×480), small hub (960×480, 1024×600), hub (1280×800). */
export const IS_ROUND = "${viewport.shape == 'round'}";
const IS_SMALL_HUB = "${viewport.shape != 'round' && viewport.height < 700}";

const HUB = {
  pad: 48, gap: 32, titleSize: 56, headerSize: 44, bodySize: 44, pictureSize: 400,
  buttonHeight: 96, buttonTextSize: 40, choicePicture: 300, barHeight: 44, tickSize: 64,
};
const SMALL_HUB: typeof HUB = {
  pad: 28, gap: 24, titleSize: 40, headerSize: 32, bodySize: 32, pictureSize: 260,
  buttonHeight: 72, buttonTextSize: 30, choicePicture: 160, barHeight: 36, tickSize: 48,
};
const ROUND: typeof HUB = {
  pad: 56, gap: 16, titleSize: 34, headerSize: 28, bodySize: 28, pictureSize: 180,
  buttonHeight: 72, buttonTextSize: 30, choicePicture: 170, barHeight: 32, tickSize: 40,
};

export type Dimension = keyof typeof HUB;

function dimensions(sizes: typeof HUB): Record<string, string> {
  return Object.fromEntries(Object.entries(sizes).map(([name, dp]) => [name, `${dp}dp`]));
}

/** `@name` for a size, resolved per viewport. */
export const dim = (name: Dimension): string => `@${name}`;

export const RESOURCES = [
  { colors: { ...COLORS }, dimensions: dimensions(HUB) },
  { when: IS_SMALL_HUB, dimensions: dimensions(SMALL_HUB) },
  { when: IS_ROUND, dimensions: dimensions(ROUND) },
];

export const STYLES = {
  title: { values: [{ color: '@text', fontSize: '@titleSize', fontWeight: 'bold' }] },
  header: { values: [{ color: '@muted', fontSize: '@headerSize', fontWeight: 'bold' }] },
  body: { values: [{ color: '@text', fontSize: '@bodySize', lineHeight: 1.25 }] },
  buttonText: { values: [{ color: '@text', fontSize: '@buttonTextSize', fontWeight: 'bold' }] },
  button: {
    values: [
      { backgroundColor: '@buttonFill', borderColor: '@text' },
      { when: '${state.pressed}', backgroundColor: '@buttonPressed' },
    ],
  },
  stopButton: {
    values: [
      { backgroundColor: '@stopFill', borderColor: '@text' },
      { when: '${state.pressed}', backgroundColor: '@buttonPressed' },
    ],
  },
  choice: {
    values: [
      { backgroundColor: '@background', borderColor: '@muted' },
      { when: '${state.pressed}', backgroundColor: '@buttonFill' },
    ],
  },
};
