package main

// The messages of the report outputs (-o, --format html and csv, gouji
// serve), each in Chinese and English, kept together so that moving them
// into the message catalogue (package i18n) is mechanical. Until then the
// command line prints .en like its other messages, and the pages and the
// web service, made for Chinese readers, use .zh.
type outMessage struct{ zh, en string }

var (
	msgOutputIsDir   = outMessage{"%s 是目录，不能写入报告", "%s is a directory: cannot write the report there"}
	msgOutputIsInput = outMessage{"%s 是待核对的文件，不能用报告覆盖", "%s is one of the inputs: the report will not be written over it"}
	msgOutputCreate  = outMessage{"无法写入报告 %s：%v", "cannot write the report %s: %v"}

	msgServeListening = outMessage{"gouji serve：在 %s 提供服务（按 Ctrl+C 停止）", "gouji serve: serving on %s (Ctrl+C stops)"}
	msgServeExposed   = outMessage{"注意：%s 不是本机回环地址，网络中其他计算机也能访问并上传文件", "note: %s is not a loopback address: other computers on the network can reach it and upload files"}
	msgNoFiles        = outMessage{"没有收到文件：请在表单字段 file 中上传一个或多个文件", "no file received: upload one or more files in the form field \"file\""}
	msgNotMultipart   = outMessage{"请求不是 multipart/form-data 格式的文件上传", "the request is not a multipart/form-data upload"}
	msgMalformed      = outMessage{"上传内容格式有误：%v", "malformed upload: %v"}
	msgTooLarge       = outMessage{"上传内容超过 %d MB 的上限", "the upload exceeds the limit of %d MB"}
	msgTooMany        = outMessage{"一次最多上传 %d 个文件", "at most %d files per upload"}
	msgEmptyFile      = outMessage{"文件 %s 是空的", "file %s is empty"}
	msgBadMode        = outMessage{"未知的核对方式 %q（应为 one 或 each）", "unknown mode %q (want one or each)"}
	msgMethod         = outMessage{"此地址只接受 POST 请求", "this address accepts POST only"}
	msgBusy           = outMessage{"请求已取消", "the request was cancelled"}
	msgUnnamedUpload  = outMessage{"上传文件%d", "upload %d"}
)
