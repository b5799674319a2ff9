/** A position or length as a share of the chart's width, with no more digits than it needs: "20%", "88.25%". */
export const percent = (value: number): string => `${Number(value.toFixed(2))}%`;
