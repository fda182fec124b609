"use client";
import dynamic from "next/dynamic";

// The practice page's forms in chunks loaded only for the readers who may use them: imported
// statically they would bring the tRPC client to every reader of a practice.
export const LazyAdoptionForm = dynamic(() => import("./adoption-form").then((module) => module.AdoptionForm));
export const LazyRemoveAdoptionButton = dynamic(() => import("./remove-adoption-button").then((module) => module.RemoveAdoptionButton));
