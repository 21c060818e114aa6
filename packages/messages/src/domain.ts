/**
 * The domain's texts only. The domain runs in the browser too (the
 * self-assessment), so what it imports is in that page's first load: this
 * entry (`@jifen/messages/domain`) carries the areas the domain asks for,
 * never the server's catalogs. Its keys are the same dot paths as the
 * whole catalog's (`ids.uscc.length`), and the same test checks them.
 */
import { complianceMessages } from './compliance/messages.ts';
import { idsMessages } from './ids/messages.ts';
import { makeMsg } from './make-msg.ts';
import { materialsMessages } from './materials/messages.ts';
import { pointsMessages } from './points/messages.ts';

const domainZh = {
  compliance: complianceMessages.zh,
  ids: idsMessages.zh,
  materials: materialsMessages.zh,
  points: pointsMessages.zh,
} as const;

const domainEn = {
  compliance: complianceMessages.en,
  ids: idsMessages.en,
  materials: materialsMessages.en,
  points: pointsMessages.en,
};

export const msg = makeMsg(domainZh, domainEn);
