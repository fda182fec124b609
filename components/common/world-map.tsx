import { geoEqualEarth, geoPath } from "d3-geo";
import Link from "next/link";
import type { ReactNode } from "react";
import { feature } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import land from "world-atlas/land-110m.json";

// The basemap ships with the world-atlas package (Natural Earth land at 1:110m) and is drawn to SVG
// on the server: no tiles, no script, nothing fetched from elsewhere. Vertices whose triangle spans
// less than 0.3 square degrees (about a pixel at these sizes) are dropped: the outline loses no
// visible shape and half its bytes, which every page with a map sends twice (HTML and RSC payload).
const MIN_TRIANGLE_AREA = 0.3;
const topology = simplify(presimplify(structuredClone(land) as unknown as Topology<{ land: GeometryCollection }>), MIN_TRIANGLE_AREA);
const landShape = feature(topology, topology.objects.land);

type MapColours = { sphere: string; sphereEdge: string; land: string; coast: string; point: string };
// The insights charts' quiet palette (their other charts share it)…
export const MAP_COLOURS: MapColours = { sphere: "#f8fafc", sphereEdge: "#e2e8f0", land: "#e2e8f0", coast: "#cbd5e1", point: "#0f766e" };
// …and a firmer one for maps that stand alone on a page, where faint land reads as an empty box.
const PAGE_COLOURS: MapColours = { sphere: "#f0f9ff", sphereEdge: "#bae6fd", land: "#cbd5e1", coast: "#94a3b8", point: "#0f766e" };

export type MapPoint = {
  key: string;
  latitude: number;
  longitude: number;
  /** Radius in SVG units; 3.5 when not given. */
  radius?: number;
  /** Shown on hover (an SVG <title>). */
  title?: string;
  /** Drawn with a halo, for the one place a page is about. */
  highlight?: boolean;
};

/**
 * The sphere, the land and the points of an Equal Earth world map fitted into width × height, as
 * SVG elements for a caller's own <svg> (the insights charts add their legend and frame).
 */
export function WorldMapLayers({ width, height, points, colours = MAP_COLOURS }: { width: number; height: number; points: MapPoint[]; colours?: MapColours }) {
  const projection = geoEqualEarth().fitSize([width, height], { type: "Sphere" });
  // A tenth of an SVG unit is far below what the eye sees at these sizes (d3's default is three decimals).
  const path = geoPath(projection).digits(1);
  const tenth = (v: number) => Math.round(v * 10) / 10;
  return (
    <>
      <path d={path({ type: "Sphere" }) ?? ""} fill={colours.sphere} stroke={colours.sphereEdge} />
      <path d={path(landShape) ?? ""} fill={colours.land} stroke={colours.coast} strokeWidth={0.5} />
      {points.map((point) => {
        const p = projection([point.longitude, point.latitude]);
        if (!p) return null;
        const r = point.radius ?? 3.5;
        const dot = (
          <circle key={point.key} cx={tenth(p[0])} cy={tenth(p[1])} r={r} fill={colours.point} fillOpacity={point.highlight ? 1 : 0.7} stroke="#fff" strokeWidth={point.highlight ? 1 : 0.5}>
            {point.title ? <title>{point.title}</title> : null}
          </circle>
        );
        return point.highlight ? (
          <g key={point.key}>
            <circle cx={tenth(p[0])} cy={tenth(p[1])} r={r * 3} fill={colours.point} fillOpacity={0.2} />
            {dot}
          </g>
        ) : (
          dot
        );
      })}
    </>
  );
}

export type MapPlace = { key: string; name: string; href?: string; detail?: string; latitude: number | null; longitude: number | null };

const placed = (p: MapPlace): p is MapPlace & { latitude: number; longitude: number } => p.latitude !== null && p.longitude !== null;

/**
 * A world map of places, for pages: one <svg role="img"> titled for screen readers, the places it
 * shows as a list for anyone who cannot read the picture, and those without coordinates beside it.
 */
export function WorldMap(props: {
  title: string;
  places: MapPlace[];
  /** The heading of the list of places on the map; the list is left out when not given. */
  listLabel?: string;
  /** The heading of the places that have no coordinates. */
  unplacedLabel?: string;
  highlight?: string;
  children?: ReactNode;
}) {
  const width = 720;
  const height = 360;
  const onMap = props.places.filter(placed);
  const offMap = props.places.filter((p) => !placed(p));
  return (
    <figure className="space-y-3" data-testid="world-map">
      <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_auto]">
        <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.title} className="h-auto w-full rounded-md border border-slate-200 bg-white">
          <title>{props.title}</title>
          <WorldMapLayers
            width={width}
            height={height}
            colours={PAGE_COLOURS}
            points={onMap.map((p) => ({ key: p.key, latitude: p.latitude, longitude: p.longitude, title: p.name, highlight: p.key === props.highlight, radius: p.key === props.highlight ? 6 : 4 }))}
          />
        </svg>
        {offMap.length && props.unplacedLabel ? (
          <div className="text-sm md:max-w-56" data-testid="map-unplaced">
            <p className="font-medium text-slate-800">{props.unplacedLabel}</p>
            <PlaceList places={offMap} />
          </div>
        ) : null}
      </div>
      {props.listLabel && onMap.length ? (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-teal-800">{props.listLabel}</summary>
          <PlaceList places={onMap} />
        </details>
      ) : null}
      {props.children}
    </figure>
  );
}

function PlaceList({ places }: { places: MapPlace[] }) {
  return (
    <ul className="mt-1 space-y-0.5 text-slate-700">
      {places.map((p) => (
        <li key={p.key}>
          {p.href ? (
            <Link href={p.href} className="text-teal-800 hover:underline">
              {p.name}
            </Link>
          ) : (
            p.name
          )}
          {p.detail ? <span className="text-slate-600"> · {p.detail}</span> : null}
        </li>
      ))}
    </ul>
  );
}
