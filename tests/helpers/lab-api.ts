// A LabApi over a Lab in this process that behaves like the WebSocket: requests go through JSON and
// the channel guards, errors come back as LabApiError with their code, as the renderer sees them.
import type { Channel, RequestOf, ResponseOf } from '../../contract/api';
import type { ApiInputError } from '../../contract/guards';
import type { LabApi } from '../../contract/transport';
import type { Lab } from '../../lab/app/lab';
import { LabApiError } from '../../renderer/api/client';

export function inProcessApi(lab: Lab): LabApi {
  return {
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
      try {
        return (await lab.dispatch(channel, request === undefined ? undefined : JSON.parse(JSON.stringify(request)))) as ResponseOf<C>;
      } catch (error) {
        const e = error as ApiInputError;
        throw new LabApiError(e.message, e.name, e.fieldErrors ?? [], e.info ?? null);
      }
    },
    on: (channel, listener) =>
      lab.onEvent((c, payload) => {
        if (String(c) === String(channel)) (listener as (p: unknown) => void)(payload);
      }),
  };
}
