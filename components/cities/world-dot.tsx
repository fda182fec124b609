/** A plain equirectangular world frame (graticule every 30°) with one dot: enough to place a city. */
export function WorldDot({ latitude, longitude, label }: { latitude: number; longitude: number; label: string }) {
  const width = 360;
  const height = 180;
  const x = longitude + 180;
  const y = 90 - latitude;
  const meridians = [30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330];
  const parallels = [30, 60, 90, 120, 150];
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="w-full rounded-md border border-slate-200 bg-sky-50">
      {meridians.map((mx) => (
        <line key={`m${mx}`} x1={mx} y1={0} x2={mx} y2={height} className="stroke-sky-200" strokeWidth={0.5} />
      ))}
      {parallels.map((py) => (
        <line key={`p${py}`} x1={0} y1={py} x2={width} y2={py} className={py === 90 ? "stroke-sky-300" : "stroke-sky-200"} strokeWidth={0.5} />
      ))}
      <circle cx={x} cy={y} r={9} className="fill-teal-600/20" />
      <circle cx={x} cy={y} r={3.5} className="fill-teal-700 stroke-white" strokeWidth={1} />
    </svg>
  );
}
