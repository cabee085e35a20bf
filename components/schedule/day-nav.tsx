type Props = { days: { anchor: string; label: string }[] };

/** Links down the page to each day; beside the list from `lg`, kept in view while scrolling. */
export function DayNav({ days }: Props) {
  return (
    <nav aria-label="Days" data-print="hide" className="lg:sticky lg:top-4">
      <ul className="flex flex-wrap gap-2 lg:flex-col lg:gap-1">
        {days.map((day) => (
          <li key={day.anchor}>
            <a
              href={`#${day.anchor}`}
              className="inline-flex min-h-11 items-center rounded-sm border border-rule px-3 font-semibold text-brand hover:bg-wash lg:w-full lg:border-transparent"
            >
              {day.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
