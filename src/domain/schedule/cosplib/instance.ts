/** A CoSPLib instance, as FORMAT.md §1 describes it. Names are exact, case-sensitive strings. */
export interface CosplibInstance {
  name: string;
  parameters: CosplibParameters;
  /** In sheet order: "consecutive" means adjacent rows. */
  sessions: CosplibSession[];
  rooms: string[];
  tracks: CosplibTrack[];
  submissions: CosplibSubmission[];
  /** [track][session] */
  trackSessionPenalty: number[][];
  /** [track][room] */
  trackRoomPenalty: number[][];
  /** [session][room]: marks a room unavailable in a session. */
  sessionRoomPenalty: number[][];
  /** [track][track], symmetric, zero diagonal (only the sheet's strict upper triangle counts). */
  trackSimilarity: number[][];
}

export interface CosplibParameters {
  /** Hours east of UTC of the zone session times are given in. */
  localOffsetHours: number;
  suitableFrom: number;
  suitableTo: number;
  lessSuitableFrom: number;
  lessSuitableTo: number;
  smallTimeZonePenalty: number;
  bigTimeZonePenalty: number;
  /** w1..w16 in FORMAT.md §1.6 order, indexed 0..15. */
  weights: number[];
}

export interface CosplibSession {
  name: string;
  slotCount: number;
  /** Minutes after local midnight. */
  start: number;
  end: number;
}

export interface CosplibTrack {
  name: string;
  chairs: string[];
}

export interface CosplibSubmission {
  id: string;
  track: number;
  requiredSlots: number;
  /** 0: no wish; k ≥ 1: the k-th of its track. */
  order: number;
  offsetHours: number;
  presenters: string[];
  attendees: string[];
  /** [session] */
  sessionPenalty: number[];
  /** [room] */
  roomPenalty: number[];
}

/** X and Y of FORMAT.md §2, by name as the file holds them: tracks[s][r], slots[s][r][k]. */
export interface CosplibAssignment {
  tracks: (string | null)[][];
  slots: (string | null)[][][];
}
