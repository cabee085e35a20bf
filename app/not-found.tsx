import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="font-serif text-4xl font-bold">Page not found</h1>
      <p className="mt-4 text-lg">
        We could not find that page. It may have moved, or the address may be mistyped.
      </p>
      <ul className="mt-6 list-disc pl-6 text-lg">
        <li>
          <Link href="/news" className="text-brand underline">
            Read the latest news
          </Link>
        </li>
        <li>
          <Link href="/shows" className="text-brand underline">
            Find a show, and when it is on
          </Link>
        </li>
        <li>
          <Link href="/" className="text-brand underline">
            Go to the home page
          </Link>
        </li>
      </ul>
    </div>
  );
}
