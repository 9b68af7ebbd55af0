/**
 * Our forum's scheduling problem (not CoSPLib's): workshops and plenaries placed in time slots and rooms.
 * Every id is unique within its list; times are clock times in the event's zone.
 */
export interface ForumProblem {
  /** In time order. */
  slots: ForumSlot[];
  rooms: ForumRoom[];
  sessions: ForumSession[];
  people: ForumPerson[];
  /** Similarity in 0..1 between two different themes; a theme is always fully similar to itself. */
  themeSimilarity?: { a: string; b: string; similarity: number }[];
  /** Who wants to attend what: each entry is one attendee (or a group of `count` alike), in `timeZone` (default the event's). */
  interest?: { sessionIds: string[]; count?: number; timeZone?: string }[];
  /** The event's IANA zone, in which slots' clock times are read; default UTC. */
  timeZone?: string;
  /**
   * Interpreter teams per target language: a team interprets one session at a time, in any room or
   * platform with that channel. A language not listed (or no list) has as many teams as needed.
   */
  interpreterTeams?: { language: string; teams: number }[];
  /** Local hours a person is taken to be awake, HH:MM; default 08:00–22:00. */
  wakingHours?: { start: string; end: string };
}

export interface ForumSlot {
  id: string;
  /** ISO date, e.g. 2018-10-01. */
  day: string;
  /** HH:MM in the event's zone. */
  start: string;
  end: string;
  /**
   * Back-to-back slots share a block; a session longer than one slot must stay within one block
   * (it cannot run across lunch or overnight). Defaults to the day.
   */
  block?: string;
}

export interface ForumRoom {
  id: string;
  /** Seats, or the platform's attendee limit for a virtual room. */
  capacity: number;
  /** Languages interpreters can deliver into, in this room or on this platform. */
  interpretationChannels: string[];
  /** An online platform: people join from their own zones. */
  virtual?: boolean;
}

export type ForumRole = 'speaker' | 'moderator' | 'organiser' | 'facilitator' | 'rapporteur';

export interface ForumSession {
  id: string;
  durationSlots: number;
  expectedAttendance: number;
  /** The floor language. */
  language: string;
  /** Languages it must be interpreted into. */
  interpretation: string[];
  /** A plenary runs alone: nothing else in its slots. */
  plenary: boolean;
  /** Fixed by the organisers: the starting slot, the room, or both. */
  pin?: { slotId?: string; roomId?: string };
  themes: string[];
  people: { personId: string; role: ForumRole }[];
}

export interface ForumPerson {
  id: string;
  name: string;
  /** Slots the person can attend; absent means every slot. */
  availableSlotIds?: string[];
  /** Slots the person would rather speak in; absent means no wish. */
  preferredSlotIds?: string[];
  /** The IANA zone the person joins from; default the event's. */
  timeZone?: string;
}

/** Where one session runs: it starts at `slotId` and occupies `durationSlots` consecutive slots. */
export interface Placement {
  sessionId: string;
  slotId: string;
  roomId: string;
}
