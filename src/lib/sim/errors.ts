/**
 * Invalid options or a request the simulation cannot honour (stripping a free cluster, a lattice
 * too large). The message is written for a student and can be shown as it is; `parameter` names
 * the offending option so a form can mark the right field.
 */
export class SimulationInputError extends Error {
  readonly parameter: string;

  constructor(parameter: string, message: string) {
    super(message);
    this.name = 'SimulationInputError';
    this.parameter = parameter;
  }
}
