/**
 * Text a reader must never see: NaN, Infinity or undefined as whole words. Letters or digits on
 * either side (Unicode-aware) make it a different word, e.g. NaNO₃ or NaNₓOᵧ in sodium chemistry.
 */
export const BAD_TEXT = /(?<![\p{L}\p{N}])(NaN|Infinity|undefined)(?![\p{L}\p{N}])/u;
