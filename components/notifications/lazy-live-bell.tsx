"use client";
import dynamic from "next/dynamic";

/**
 * The bell's code in its own chunk: the header is on every page, and a static import would make
 * every anonymous reader download a bell only signed-in readers see. It still renders on the server.
 */
export const LazyLiveBell = dynamic(() => import("./live-bell").then((module) => module.LiveBell));
