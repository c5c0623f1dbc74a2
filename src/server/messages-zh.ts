import type { FastifyError } from 'fastify';

// Chinese messages for the errors the framework raises: parameter validation (ajv) and request
// parsing. Every message a user can see is Chinese only; codes stay in English for programs.

type AjvError = NonNullable<FastifyError['validation']>[number];

const WHERE: Record<string, string> = { querystring: '参数', params: '地址中的', body: '请求正文中的', headers: '请求头中的' };
const TYPES: Record<string, string> = { integer: '整数', number: '数字', boolean: '布尔值（true 或 false）', string: '文字', array: '列表', object: '对象' };

function one(e: AjvError, where: string): string {
  const p = e.params as Record<string, unknown>;
  const field = String(p.missingProperty ?? e.instancePath.replace(/^\//, '').replace(/\//g, '.')) || '请求';
  const name = `${where}「${field}」`;
  switch (e.keyword) {
    case 'required':
      return `缺少${name}`;
    case 'type':
      return `${name}应为${TYPES[String(p.type)] ?? String(p.type)}`;
    case 'minLength':
      return Number(p.limit) <= 1 ? `${name}不能为空` : `${name}至少 ${String(p.limit)} 个字符`;
    case 'maxLength':
      return `${name}太长（最多 ${String(p.limit)} 个字符）`;
    case 'minimum':
      return `${name}不能小于 ${String(p.limit)}`;
    case 'maximum':
      return `${name}不能大于 ${String(p.limit)}`;
    case 'enum':
      return `${name}应为 ${(p.allowedValues as unknown[]).join('、')} 之一`;
    case 'pattern':
      return /0-9a-f\]\{16\}/.test(String(p.pattern)) ? `${name}应为 16 位文件编号（0–9、a–f）` : `${name}格式不对`;
    case 'additionalProperties':
      return `${where}不认识「${String(p.additionalProperty)}」`;
    default:
      return `${name}无效`;
  }
}

/** A validation failure as one Chinese line. */
export function validationZh(err: FastifyError): string {
  const where = WHERE[err.validationContext ?? 'querystring'] ?? '参数';
  const list = err.validation ?? [];
  return `参数无效：${list.length ? list.map((e) => one(e, where)).join('；') : '请检查请求'}`;
}

const BY_CODE: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: '请求正文不是有效的 JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求正文为空',
  FST_ERR_CTP_BODY_TOO_LARGE: '请求正文太大',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持这种内容类型',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: '请求长度与内容不符',
  FST_REQ_FILE_TOO_LARGE: '文件超过大小上限',
  FST_FILES_LIMIT: '一次上传的文件太多',
  FST_PARTS_LIMIT: '上传的部分太多',
  FST_FIELDS_LIMIT: '上传的字段太多',
  FST_INVALID_MULTIPART_CONTENT_TYPE: '请以 multipart/form-data 上传文件',
};

const BY_STATUS: Record<number, string> = {
  400: '请求无效',
  401: '需要管理口令',
  403: '没有权限',
  404: '没有找到',
  405: '不支持这种请求方法',
  406: '无法按要求的格式回答',
  408: '请求超时',
  413: '请求内容太大',
  414: '地址太长',
  415: '不支持这种内容类型',
  429: '请求太频繁，请稍后再试',
  431: '请求头太大',
};

/** The framework's own 4xx errors (English) in Chinese. */
export function frameworkErrorZh(err: FastifyError, status: number): string {
  return BY_CODE[err.code] ?? BY_STATUS[status] ?? '请求无效';
}

/** Reader messages carry English terms in a trailing parenthesis for the CLI; users of the web see Chinese. */
export function withoutEnglish(message: string): string {
  return message.replace(/\s*\([\x20-\x7e]*\)\s*$/, '').trim() || message;
}
