/**
 * Indian English: en-US's words with British spelling and "towards", the kitchen platform for
 * the counter, a dupatta among the things that work as a belt, and "a.m." / "p.m." times.
 */
import { enUS } from '../en-US/speech';
import type { Speech } from '../speech';

export const speech: Speech = {
  ...enUS,
  'variantName.COUNTER': 'kitchen platform',
  'setup.SITTING.2': 'Point the toes of your {{leg}} foot up towards the ceiling. Keep that knee as straight as you can.',
  'setup.STANDING.0':
    'First, find something sturdy and a little raised, like a low step or a stool. Stand facing it. If you need help with balance, hold on to a wall or the kitchen platform.',
  'setup.COUNTER.0': 'First, stand facing the kitchen platform or a sturdy table, a small step back from it.',
  'setup.COUNTER.3':
    'Now bend forward slowly from your hips, and rest your elbows on the kitchen platform. Keep your back flat, never rounded. Stop when you feel a strong but comfortable stretch behind your thighs.',
  'setup.LYING.1': 'Bend your {{leg}} knee up towards your chest. Your other leg stays long.',
  'setup.LYING.3':
    'Now slowly straighten your {{leg}} knee towards the ceiling, only as far as is comfortable. Keep your back flat. You should feel a strong stretch behind your knee and thigh.',
  'switch.COUNTER.1':
    'Now bend forward again from your hips, and rest your elbows on the kitchen platform. Back flat, chest and bottom gently out.',
  'switch.LYING.2': 'Slowly straighten your {{leg}} knee towards the ceiling, only as far as is comfortable. Keep your back flat.',
  'form.COUNTER.3': 'Let your elbows rest on the kitchen platform.',
  'obstacle.noStep': "No step? Then we'll do the standing stretch with your elbows on the kitchen platform.",
  'obstacle.noBelt': 'A towel, a dupatta, or a scarf works just as well as a belt.',
  'screen.variant.COUNTER': 'At the kitchen platform',
};
