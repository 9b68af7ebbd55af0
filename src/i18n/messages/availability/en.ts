/** The availability page's words, in English: the reference for fr.ts and es.ts. */
export const availabilityEn = {
  'availability.title.own': 'My availability',
  // {person} is a person's name; organisers see this title.
  'availability.title.other': 'Availability of {person}',
  'availability.intro': 'Say when you can take part, in your own time zone. Without any “available” window you are taken to be available at any time of the forum; with some, only inside them. “Preferred” windows are a wish the schedule tries to meet.',
  'availability.private': 'Only you and the forum’s organisers see this.',
  // {start} and {end} are dates; {zone} the forum's time zone.
  'availability.forumDates': 'The forum runs from {start} to {end}, times in {zone}.',
  'availability.sessions': 'Sessions',
  'availability.sessions.unscheduled': 'time to be decided',
  'availability.zone.label': 'Your time zone',
  'availability.zone.help': 'Where you will be during the forum, e.g. America/Bogota. Your windows are typed and shown in it.',
  'availability.zone.submit': 'Save the time zone',
  'availability.windows.title': 'Windows',
  'availability.windows.none': 'No window yet: available at any time of the forum.',
  'availability.kind.available': 'Available',
  'availability.kind.preferred': 'Preferred',
  // {time} is a time range already formatted; {zone} the forum's time zone.
  'availability.window.atForum': 'at the forum: {time} ({zone})',
  'availability.window.remove': 'Remove',
  'availability.add.title': 'Add a window',
  'availability.add.kind': 'Kind',
  // {zone} is the person's time zone.
  'availability.add.startsAt': 'From ({zone})',
  'availability.add.endsAt': 'Until ({zone})',
  'availability.add.note': 'Note (optional)',
  'availability.add.submit': 'Add the window',
  'availability.notice.saved': 'Your availability is saved.',
  'availability.error.zone': 'Unknown time zone: write it as Continent/City, e.g. America/Bogota.',
  'availability.error.window': 'This window was not saved: it must end after it starts, fall within the forum’s dates (one day either side), exist in your time zone, and not overlap another window of the same kind.',
  // {count} is the largest number of windows.
  'availability.error.tooMany': 'At most {count} windows.',
  // Shown in the schedule editor. {person} is a name, {windows} a list of days and times, {zone} the person's time zone.
  'availability.conflict.outside': '{person} is available only {windows} ({zone}).',
  // {person} a name; {sessions} codes and titles; {windows} days and times in {zone}, the person's zone; {available} a number of slots.
  'availability.infeasible.person': '{person} is in {sessions} but is available only {windows} ({zone}): {available, plural, =0 {no slot fits} one {# slot fits} other {# slots fit}}.',
  'availability.infeasible.personBusy': '{person} is in {sessions} but is free in only {available, plural, =0 {no slot} one {# slot} other {# slots}}.',
  // {session} a code and title; {people} names, each with their windows.
  'availability.infeasible.session': '{session} cannot be placed: no slot suits all of its people at once: {people}.',
  // Link from the schedule editor to a person's availability; {person} is a name.
  'availability.link': 'Availability of {person}',
} as const;
