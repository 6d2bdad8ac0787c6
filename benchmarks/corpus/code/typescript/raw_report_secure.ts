// Raw report
import express, { Request, Response } from 'express';
import { DataSource } from 'typeorm';

interface User {
  id: number;
  email: string;
  role: 'admin' | 'member';
}

const app = express();
app.use(express.json());

export const dataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [],
});

function badRequest(res: Response, message: string): void {
  res.status(400).json({ error: message });
}

app.get('/report', async (req: Request, res: Response) => {
  const year: number = Number(req.query.year);
  if (!Number.isInteger(year)) return badRequest(res, 'year must be an integer');
  const rows = await dataSource.query('SELECT month, total FROM sales WHERE year = $1', [year]);
  res.json(rows);
});

app.get('/health', (_req: Request, res: Response) => {
  res.json({ ok: true, service: 'raw_report' });
});

function summarize(values: number[]): Record<string, number> {
  if (values.length === 0) {
    return { count: 0 };
  }
  const ordered = [...values].sort((a, b) => a - b);
  return {
    count: ordered.length,
    min: ordered[0],
    max: ordered[ordered.length - 1],
    median: ordered[Math.floor(ordered.length / 2)],
  };
}

export default app;
