// Text with some spans wrapped in <mark>.
export function Highlighted(props: { text: string; spans: [number, number][] }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of props.spans) {
    if (start < at) continue;
    if (start > at) parts.push(props.text.slice(at, start));
    parts.push(<mark key={start}>{props.text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < props.text.length) parts.push(props.text.slice(at));
  return <>{parts}</>;
}
