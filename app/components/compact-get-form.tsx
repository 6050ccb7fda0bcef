"use client";
import type { ComponentProps, FormEvent } from "react";

/**
 * A GET form whose URL carries only the filters that are set: a plain form also sends every empty
 * field (`entity=&from=&to=`), which makes shared links long and noisy. Without JavaScript it is the
 * plain form, and the server ignores the empty values.
 */
export function CompactGetForm({ action, ...props }: Omit<ComponentProps<"form">, "method" | "onSubmit"> & { action: string }) {
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(e.currentTarget)) if (typeof value === "string" && value !== "") query.append(name, value);
    const qs = query.toString();
    window.location.assign(qs ? `${action}?${qs}` : action);
  };
  return <form {...props} action={action} method="get" onSubmit={submit} />;
}
