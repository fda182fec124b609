import Link from "next/link";

export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className="text-sm text-teal-800 hover:underline">
      ← {label}
    </Link>
  );
}
