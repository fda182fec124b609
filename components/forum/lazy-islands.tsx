"use client";
import dynamic from "next/dynamic";

// The forum's interactive parts, each in its own chunk loaded only where it renders: a page that
// imports a client component statically makes every reader download it (here with the tRPC client
// and the composer's Markdown preview), though an anonymous reader is never shown these.
export const LazyComposer = dynamic(() => import("./composer").then((module) => module.Composer));
export const LazyFollowButton = dynamic(() => import("./follow-button").then((module) => module.FollowButton));
export const LazyPostInteractive = dynamic(() => import("./post-interactive").then((module) => module.PostInteractive));
