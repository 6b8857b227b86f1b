// One entry point for calls from outside the process: checks the channel, runs the channel's input
// guard, then the handler. IPC and WebSocket adapters both call this and nothing else.
import { isChannel, requestGuards, type Channel, type Handlers } from '../../contract/api';
import { ApiInputError } from '../../contract/guards';

export function createDispatcher(handlers: Handlers) {
  return async function dispatch(channel: unknown, input: unknown): Promise<unknown> {
    if (!isChannel(channel)) throw new ApiInputError(`unknown channel ${String(channel)}`);
    const request = (requestGuards[channel] as (i: unknown) => unknown)(input);
    const handler = handlers[channel] as (r: unknown) => unknown;
    return await handler(request);
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
export type { Channel };
