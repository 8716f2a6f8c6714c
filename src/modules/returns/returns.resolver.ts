import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { ListSize } from '../../graphql/cost/cost-annotations.js';
import { unauthenticated } from '../../graphql/errors.js';
import { mapConnection } from '../../graphql/pagination.js';
import { Order, OrderLine, toOrder, toOrderLine } from '../order/order.types.js';
import { decideReturn } from './return-decision.service.js';
import { listReturns } from './return-list.service.js';
import { receiveReturn } from './return-receipt.service.js';
import { requestReturn } from './return-request.service.js';
import type { ReturnOutcome } from './return-steps.js';
import type { ReturnRequestRow } from './returns.tables.js';
import {
  Return,
  ReturnConnection,
  ReturnDecisionInput,
  ReturnIdInput,
  ReturnLine,
  ReturnPayload,
  ReturnRequestInput,
  ReturnsArgs,
  toReturn,
  toReturnLine,
} from './returns.types.js';

async function viewerId(ctx: RequestContext): Promise<string> {
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated();
  return viewer.id;
}

function payload(ctx: RequestContext, outcome: ReturnOutcome): ReturnPayload {
  return Object.assign(new ReturnPayload(), {
    return: outcome.returnRow && toReturn(outcome.returnRow, ctx.app.config.storeCurrency),
    errors: outcome.errors,
  });
}

/** Returns: the customer's request, the admin's decisions and reception, and the admin list. */
@Resolver(() => Return)
export class ReturnResolver {
  @Auth('CUSTOMER')
  @Mutation(() => ReturnPayload, {
    description:
      'Asks to return units of your delivered order, within the return window after delivery (RETURN_WINDOW, ' +
      '30 days by default). The store approves or rejects it; you are emailed at every step.',
  })
  async returnRequest(
    @Arg('input', () => ReturnRequestInput, { description: 'The order, the units and why.' })
    input: ReturnRequestInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReturnPayload> {
    const outcome = await requestReturn(
      ctx,
      {
        orderId: input.orderId,
        reason: input.reason,
        lines: input.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity })),
      },
      await viewerId(ctx),
    );
    return payload(ctx, outcome);
  }

  @Auth('ADMIN')
  @Mutation(() => ReturnPayload, {
    description:
      'Approves a requested return: the customer may send the items back (emailed, with the note).',
  })
  async returnApprove(
    @Arg('input', () => ReturnDecisionInput, {
      description: 'The return and, optionally, a note for the customer.',
    })
    input: ReturnDecisionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReturnPayload> {
    return payload(ctx, await decideReturn(ctx, input, 'APPROVED', await viewerId(ctx)));
  }

  @Auth('ADMIN')
  @Mutation(() => ReturnPayload, {
    description: 'Rejects a requested return (emailed, with the note); its units may be requested again.',
  })
  async returnReject(
    @Arg('input', () => ReturnDecisionInput, {
      description: 'The return and, optionally, a note for the customer.',
    })
    input: ReturnDecisionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReturnPayload> {
    return payload(ctx, await decideReturn(ctx, input, 'REJECTED', await viewerId(ctx)));
  }

  @Auth('ADMIN')
  @Mutation(() => ReturnPayload, {
    description:
      "Records that an approved return's items arrived: they go back to stock (RETURN stock movements) and their " +
      "share of the lines' totals is refunded (never more than is still refundable), in one transaction.",
  })
  async returnReceive(
    @Arg('input', () => ReturnIdInput, { description: 'The approved return whose items arrived.' })
    input: ReturnIdInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReturnPayload> {
    return payload(ctx, await receiveReturn(ctx, input.returnId, await viewerId(ctx)));
  }

  @Auth('ADMIN')
  @Query(() => ReturnConnection, { description: 'Every return, newest first (admins).' })
  async returns(@Args(() => ReturnsArgs) args: ReturnsArgs, @Ctx() ctx: RequestContext) {
    const page = await listReturns(ctx, args.filter?.status as ReturnRequestRow['status'] | null, args);
    return mapConnection(page, (row) => toReturn(row, ctx.app.config.storeCurrency));
  }

  @FieldResolver(() => [ReturnLine], { description: 'The units returned, per order line.' })
  async lines(@Root() ret: Return, @Ctx() ctx: RequestContext): Promise<ReturnLine[]> {
    return (await ctx.loaders.returns.linesByReturn.load(ret.id)).map(toReturnLine);
  }

  @FieldResolver(() => Order, { description: 'The order the units come from.' })
  async order(@Root() ret: Return, @Ctx() ctx: RequestContext): Promise<Order> {
    const row = await ctx.loaders.order.orderById.load(ret.orderId);
    if (!row) throw new Error(`return ${ret.id} has no order`);
    return toOrder(row);
  }
}

@Resolver(() => ReturnLine)
export class ReturnLineResolver {
  @FieldResolver(() => OrderLine, { description: 'The order line, as sold.' })
  async orderLine(@Root() line: ReturnLine, @Ctx() ctx: RequestContext): Promise<OrderLine> {
    const row = await ctx.loaders.returns.orderLineById.load(line.orderLineId);
    if (!row) throw new Error(`return line ${line.id} has no order line`);
    return toOrderLine(row, ctx.app.config.storeCurrency);
  }
}

/** An order's returns (its visibility is the order's: the buyer or an admin). */
@Resolver(() => Order)
export class OrderReturnsResolver {
  @ListSize(3)
  @FieldResolver(() => [Return], { description: 'Returns of this order, oldest first.' })
  async returns(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<Return[]> {
    return (await ctx.loaders.returns.returnsByOrder.load(order.id)).map((r) =>
      toReturn(r, order.row.currency),
    );
  }
}
