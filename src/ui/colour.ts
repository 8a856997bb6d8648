/** `amount` of `colour` over `base`: a dark tint that keeps light text readable. */
export function mixColour(colour: number, base: number, amount: number): number {
  const channel = (shift: number): number => {
    const c = (colour >> shift) & 0xff;
    const b = (base >> shift) & 0xff;
    return Math.round(b + (c - b) * amount) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}
