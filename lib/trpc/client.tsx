"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import "@/lib/zod-jitless";
import type { AppRouter } from "@/server/trpc/root";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export function TrpcReactProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: false }, mutations: { retry: false } } }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/api/trpc", transformer: superjson })] }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
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
