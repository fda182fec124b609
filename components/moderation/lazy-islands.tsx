"use client";
import dynamic from "next/dynamic";

// Moderation controls in chunks loaded only for the readers who see them (see forum/lazy-islands.tsx).
export const LazyPostModeration = dynamic(() => import("./post-moderation").then((module) => module.PostModeration));
export const LazyThreadModeration = dynamic(() => import("./thread-moderation").then((module) => module.ThreadModeration));
