"use client";
import {
  QueryClient,
  useMutation as useReactQueryMutation,
  useQuery as useReactQueryQuery,
  type DefaultError,
  type QueryKey,
  type UseMutationOptions,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
} from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCOptionsProxy, type TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { useState } from "react";
import superjson from "superjson";
import "@/lib/zod-jitless";
import type { AppRouter } from "@/server/trpc/root";

// No provider in the root layout: pages without a form would otherwise download react-query and
// the tRPC client. The islands that call the API get one query client per browser tab (as the
// provider gave them) through these hooks, so this module loads only with the islands that import it.

type Api = { queryClient: QueryClient; trpc: TRPCOptionsProxy<AppRouter> };

function createApi(): Api {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: false }, mutations: { retry: false } } });
  const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/api/trpc", transformer: superjson })] });
  return { queryClient, trpc: createTRPCOptionsProxy<AppRouter>({ client, queryClient }) };
}

let browserApi: Api | undefined;

/** In the browser one client for the tab; in a server render one per component, so no cache is shared between requests. */
function useApi(): Api {
  const [api] = useState(() => (typeof window === "undefined" ? createApi() : (browserApi ??= createApi())));
  return api;
}

export function useTRPC(): TRPCOptionsProxy<AppRouter> {
  return useApi().trpc;
}

export function useMutation<TData = unknown, TError = DefaultError, TVariables = void, TContext = unknown>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
): UseMutationResult<TData, TError, TVariables, TContext> {
  return useReactQueryMutation(options, useApi().queryClient);
}

export function useQuery<TQueryFnData = unknown, TError = DefaultError, TData = TQueryFnData, TQueryKey extends QueryKey = QueryKey>(
  options: UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): UseQueryResult<TData, TError> {
  return useReactQueryQuery(options, useApi().queryClient);
}

export type ClientError = {
  message: string;
  fieldErrors: Record<string, string[]>;
  rowErrors: { row: number; field?: string; message: string }[];
  params?: Record<string, string | number>;
};

/** Reads the shape our error formatter sends (catalog keys, field and row errors). */
export function readClientError(error: unknown): ClientError {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as Partial<ClientError>;
    return {
      message: error.message || "errors.unexpected",
      fieldErrors: data.fieldErrors ?? {},
      rowErrors: data.rowErrors ?? [],
      params: data.params,
    };
  }
  return { message: "errors.unexpected", fieldErrors: {}, rowErrors: [] };
}
