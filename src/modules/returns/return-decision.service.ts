import { eq } from 'drizzle-orm';
import { enqueueEmail } from '../notification/outbox.js';
import { returnEmails } from '../notification/templates.js';
import { type HasApp } from '../order/order-action.js';
import { orderEmailFacts } from '../order/order-emails.js';
import type { Actor } from '../order/order-state.types.js';
import {
  inReturnTransaction,
  lockReturn,
  RETURN_NOT_FOUND,
  type ReturnOutcome,
  recordReturnEvent,
  refuse,
  wrongStatus,
} from './return-steps.js';
import { optionalReturnText } from './returns.rules.js';
import { returnRequests } from './returns.tables.js';

/** Approves (APPROVED) or rejects (REJECTED) a requested return, with an optional note for the customer. */
export async function decideReturn(
  ctx: HasApp,
  input: { returnId: string; note?: string | null },
  decision: 'APPROVED' | 'REJECTED',
  adminId: string,
): Promise<ReturnOutcome> {
  const note = optionalReturnText(input.note, 'note');
  if (note && typeof note !== 'string') return { returnRow: null, errors: [note] };
  const actor: Actor = { kind: 'ADMIN', userId: adminId };
  return inReturnTransaction(ctx, async (tx) => {
    const locked = await lockReturn(tx, input.returnId, actor);
    if (!locked) return refuse(RETURN_NOT_FOUND);
    const { order, returnRow } = locked;
    if (returnRow.status !== 'REQUESTED') {
      return refuse(wrongStatus(returnRow, decision === 'APPROVED' ? 'Approving' : 'Rejecting', 'REQUESTED'));
    }
    const [updated] = await tx
      .update(returnRequests)
      .set({ status: decision, resolutionNote: note as string | null, updatedAt: new Date() })
      .where(eq(returnRequests.id, returnRow.id))
      .returning();
    if (!updated) throw new Error(`return ${returnRow.id} vanished while locked`);
    await recordReturnEvent(
      tx,
      order,
      decision === 'APPROVED' ? 'RETURN_APPROVED' : 'RETURN_REJECTED',
      actor,
      {
        returnId: returnRow.id,
        note,
      },
    );
    const facts = await orderEmailFacts(ctx, tx, order);
    if (facts) {
      await enqueueEmail(
        ctx,
        tx,
        decision === 'APPROVED' ? 'return.approved' : 'return.rejected',
        decision === 'APPROVED'
          ? returnEmails.approved(facts, note as string | null)
          : returnEmails.rejected(facts, note as string | null),
      );
    }
    return { ok: true, returnRow: updated };
  });
}
