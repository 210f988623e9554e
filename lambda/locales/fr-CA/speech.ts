/**
 * French as spoken in Canada (Quebec): fr-FR's words, with Quebec usage where
 * it differs. A kitchen counter is a "comptoir" (not a "plan de travail"), a
 * scarf a "foulard", emergency help "les services d'urgence", and "à la
 * prochaine" the usual goodbye. "vous" throughout, as in fr-FR.
 */
import { speech as base } from '../fr-FR/speech';
import type { Speech } from '../speech';

export const speech: Speech = {
  ...base,

  'variantName.COUNTER': 'au comptoir',

  'setup.STANDING.0':
    "D'abord, trouvez quelque chose de solide et un peu surélevé, comme une petite marche ou un tabouret. Mettez-vous debout, face à lui. Si vous avez besoin d'aide pour l'équilibre, tenez-vous à un mur ou à un comptoir.",
  'setup.COUNTER.0': "D'abord, mettez-vous debout face à un comptoir de cuisine ou à une table solide, à un petit pas de distance.",
  'setup.COUNTER.3':
    "Maintenant, penchez-vous lentement vers l'avant en partant des hanches, et posez les coudes sur le comptoir. Gardez le dos plat, jamais arrondi. Arrêtez-vous quand vous sentez un étirement fort mais confortable à l'arrière des cuisses.",
  'switch.COUNTER.1':
    "Maintenant, penchez-vous de nouveau vers l'avant en partant des hanches, et posez les coudes sur le comptoir. Le dos plat, la poitrine et les fesses légèrement ressorties.",
  'form.COUNTER.3': 'Laissez les coudes reposer sur le comptoir.',
  'obstacle.noStep': "Pas de marche ? Alors nous ferons l'étirement debout, les coudes posés sur un comptoir.",
  'obstacle.noBelt': "Une serviette, un foulard ou le cordon d'une robe de chambre remplacent très bien une ceinture.",

  'needHelp.answer':
    "Je ne peux appeler personne pour vous. Si vous avez configuré les appels sur votre Alexa, dites : Alexa, appelle, puis le nom d'une personne de confiance. En cas d'urgence, appelez les services d'urgence avec un téléphone.",

  'wrapUp.goodbye.0': 'Prenez soin de vous, et à la prochaine.',

  'screen.variant.COUNTER': 'Au comptoir',
};
