import { creditCodeCheckChar, residentIdCheckChar } from '@jifen/domain';

/** Completes a fictional identifier with its check character, computed by the domain (I-1, I-2). */
export const residentIdFrom = (first17: string) => first17 + residentIdCheckChar(first17);
export const usccFrom = (first17: string) => first17 + creditCodeCheckChar(first17);
