/** What is in the user's way (no step, no belt, can't reach, can't stand, can't get down), answered where they are. */
import { VARIANTS, type ObstacleId } from '../routine/routine';
import { say } from '../vocabulary/say';
import { clearUnfinished, withPhase } from './cursor';
import { promptReply } from './prompts';
import type { Reply } from './reply';
import type { MachineState } from './types';
import { startRoutine } from './routine-moves';

/** A way around what is in the user's way, where they are. */
export function obstacle(state: MachineState, id: ObstacleId): Reply {
  const routine = state.conversation.phase === 'routine' ? state.conversation.routine : undefined;
  const way = routine ? VARIANTS[routine.variant] : undefined;
  switch (id) {
    case 'NO_STEP':
      if (way && way.id !== 'STANDING') return promptReply(state, [say('obstacle.noStepNeeded')]);
      return startRoutine(clearUnfinished(state), 'COUNTER', [say('obstacle.noStep')]);
    case 'CANT_STAND':
      if (way && !way.standing) return promptReply(state, [say('obstacle.noStandingNeeded')]);
      return startRoutine(clearUnfinished(state), 'SITTING', [say('obstacle.cantStand')]);
    case 'CANT_GET_DOWN':
      if (way) return promptReply(state, [say(way.onTheFloor ? 'obstacle.bedWorks' : 'obstacle.noFloorNeeded')]);
      return promptReply(withPhase(state, 'offerWay', { offer: { variant: 'SITTING', reason: 'seated' } }), [say('obstacle.cantGetDown')]);
    case 'CANT_REACH':
      return promptReply(state, [say('obstacle.cantReach')]);
    case 'NO_BELT':
      return promptReply(state, [say('obstacle.noBelt')]);
  }
}
