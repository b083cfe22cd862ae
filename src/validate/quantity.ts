/** Quantity parsing lives in the model (the simulation needs it too); rules keep importing it from here. */
export * from '../model/quantity';
