/** One printed row: a measured value and, when the issue sets one, its target and verdict. */
export type Figure = {
  benchmark: string;
  subject: string;
  metric: string;
  value: string;
  target?: { text: string; met: boolean };
};
