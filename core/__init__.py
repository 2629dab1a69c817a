"""The rules of the trade, without Qt: drafting, appeal routes, deadlines, agreements and printing."""
